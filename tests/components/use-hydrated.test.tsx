// @vitest-environment jsdom
// useHydrated: false in the server HTML (controls that need JavaScript are left out), true once
// the client has hydrated.
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useHydrated } from '../../components/hydration/use-hydrated';

function Probe() {
  return <p>{useHydrated() ? 'hydrated' : 'server'}</p>;
}

describe('useHydrated', () => {
  it('should be false in the server HTML', () => {
    expect(renderToString(<Probe />)).toContain('server');
  });

  it('should be true on the client', () => {
    render(<Probe />);
    expect(screen.getByText('hydrated')).toBeTruthy();
  });
});
