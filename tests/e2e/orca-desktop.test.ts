import { describe, expect, it } from 'vitest';
import { missingPackages } from '../../e2e/orca/desktop';

describe(missingPackages.name, () => {
  it('should name every package when none of their programs is there', () => {
    expect(missingPackages('/usr/bin:/bin', () => false).sort()).toEqual(
      ['at-spi2-core', 'dbus', 'dbus-x11', 'openbox', 'orca', 'x11-utils', 'xdotool', 'xvfb'].sort(),
    );
  });

  it('should name only the package whose program is missing', () => {
    expect(missingPackages('/usr/bin', (file) => file !== '/usr/bin/orca')).toEqual(['orca']);
    expect(
      missingPackages('/opt/x:/usr/bin', (file) => file !== '/usr/bin/Xvfb' && file.startsWith('/usr')),
    ).toEqual(['xvfb']);
  });

  it('should find nothing missing when every program is there', () => {
    expect(missingPackages('/usr/bin', () => true)).toEqual([]);
  });
});
