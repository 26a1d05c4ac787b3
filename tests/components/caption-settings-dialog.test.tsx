// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaProvider } from '../../components/media/media-provider';
import { CaptionSettingsDialog } from '../../components/player/caption-settings-dialog';
import {
  CAPTION_FONT_LABELS,
  CAPTION_PRESETS,
  EDGE_STYLE_LABELS,
} from '../../components/player/caption-style';
import {
  CAPTION_FONTS,
  DEFAULT_PREFERENCES,
  EDGE_STYLES,
  PREFERENCES_KEY,
  readPreferences,
} from '../../components/preferences/preferences';
import { resetPreferences, updatePreferences } from '../../components/preferences/preferences-store';
import { expectNoAxeViolations } from './axe';

/** The dialog loads on first use: its module may take a while to import on a busy machine. */
const LOADED = { timeout: 15_000 };

const stored = () => readPreferences(window.localStorage.getItem(PREFERENCES_KEY));

/** Opens the dialog with its trigger; the dialog loads on first use, so it is awaited. */
async function openDialog() {
  render(
    <MediaProvider>
      <CaptionSettingsDialog />
    </MediaProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Caption settings' }));
  return screen.findByRole('dialog', { name: 'Caption settings' }, LOADED);
}

beforeEach(() => {
  window.localStorage.clear();
  resetPreferences();
});
afterEach(cleanup);

describe('given the caption settings dialog is closed', () => {
  it('should show only its trigger', async () => {
    render(
      <MediaProvider>
        <CaptionSettingsDialog />
      </MediaProvider>,
    );
    expect(screen.getByRole('button', { name: 'Caption settings' })).toHaveProperty('ariaExpanded', 'false');
    expect(screen.queryByRole('dialog')).toBeNull();
    await expectNoAxeViolations('caption settings closed');
  });

  describe('after opening it', () => {
    it('should show its title and description', async () => {
      const dialog = await openDialog();
      expect(within(dialog).getByRole('heading', { name: 'Caption settings' })).toBeTruthy();
      expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
      expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toMatch(/saved/);
      await expectNoAxeViolations('caption settings open');
    });

    it('should label every control', async () => {
      const dialog = await openDialog();
      const q = within(dialog);
      for (const preset of CAPTION_PRESETS) q.getByRole('button', { name: preset.name });
      q.getByRole('combobox', { name: 'Font' });
      q.getByRole('slider', { name: 'Size' });
      for (const part of ['Text', 'Background', 'Window']) {
        q.getByLabelText(`${part} colour`);
        q.getByRole('slider', { name: `${part} opacity` });
      }
      const edges = q.getByRole('group', { name: 'Edge style' });
      for (const edge of EDGE_STYLES) within(edges).getByRole('radio', { name: EDGE_STYLE_LABELS[edge] });
      const speakers = q.getByRole('group', { name: 'Speaker names' });
      within(speakers).getByRole('radio', { name: 'Show the name' });
      within(speakers).getByRole('radio', { name: 'Show by colour only' });
      q.getByRole('checkbox', { name: /sound cues/ });
      const position = q.getByRole('group', { name: 'Caption position' });
      within(position).getByRole('radio', { name: 'Over the video' });
      within(position).getByRole('radio', { name: 'Below the video' });
      q.getByRole('checkbox', { name: 'Pause after each caption' });
      q.getByRole('button', { name: 'Reset to defaults' });
      q.getByRole('button', { name: 'Close' });
    });

    it('should offer every font family', async () => {
      const font = within(await openDialog()).getByRole('combobox', { name: 'Font' });
      const options = within(font)
        .getAllByRole('option')
        .map((o) => o.textContent);
      expect(options).toEqual(CAPTION_FONTS.map((f) => CAPTION_FONT_LABELS[f]));
    });

    it('should show the size as a percentage, visibly and to assistive technology', async () => {
      const size = within(await openDialog()).getByRole('slider', { name: 'Size' });
      expect(size.getAttribute('aria-valuetext')).toBe(`${DEFAULT_PREFERENCES.captionStyle.size} percent`);
      expect(size.nextElementSibling?.textContent).toBe(`${DEFAULT_PREFERENCES.captionStyle.size}%`);
    });

    it('should press the preset that matches the current style', async () => {
      const q = within(await openDialog());
      expect(q.getByRole('button', { name: 'Default' }).getAttribute('aria-pressed')).toBe('true');
      expect(q.getByRole('button', { name: 'Large' }).getAttribute('aria-pressed')).toBe('false');
    });
  });

  describe('after changing the size', () => {
    it('should save the new size and say it', async () => {
      const size = within(await openDialog()).getByRole('slider', { name: 'Size' });
      fireEvent.change(size, { target: { value: '250' } });
      expect(stored().captionStyle.size).toBe(250);
      expect(size.getAttribute('aria-valuetext')).toBe('250 percent');
    });
  });

  describe('after changing colours, opacity, font and edge', () => {
    it('should save each and restyle the preview', async () => {
      const dialog = await openDialog();
      const q = within(dialog);
      fireEvent.change(q.getByLabelText('Text colour'), { target: { value: '#00ff00' } });
      fireEvent.change(q.getByRole('slider', { name: 'Background opacity' }), { target: { value: '40' } });
      fireEvent.change(q.getByRole('combobox', { name: 'Font' }), { target: { value: 'small-capitals' } });
      fireEvent.click(q.getByRole('radio', { name: EDGE_STYLE_LABELS.uniform }));
      const style = stored().captionStyle;
      expect(style).toMatchObject({
        textColor: '#00ff00',
        backgroundOpacity: 0.4,
        font: 'small-capitals',
        edge: 'uniform',
      });
      const picture = dialog.querySelector<HTMLElement>('.caption-preview-picture')!;
      expect(picture.style.getPropertyValue('--caption-color')).toBe('rgba(0, 255, 0, 1)');
      expect(picture.style.getPropertyValue('--caption-background')).toBe('rgba(0, 0, 0, 0.4)');
      expect(picture.style.getPropertyValue('--caption-variant')).toBe('small-caps');
      expect(q.getByRole('button', { name: 'Default' }).getAttribute('aria-pressed')).toBe('false');
    });
  });

  describe('after turning off speaker names and sound cues', () => {
    it('should save them and drop them from the preview', async () => {
      const dialog = await openDialog();
      const q = within(dialog);
      const preview = () => dialog.querySelector('.caption-preview')?.textContent ?? '';
      expect(preview()).toContain('Ruben:');
      expect(preview()).toContain('[drums');
      fireEvent.click(q.getByRole('radio', { name: 'Show by colour only' }));
      fireEvent.click(q.getByRole('checkbox', { name: /sound cues/ }));
      expect(stored()).toMatchObject({ speakerNames: 'colour', soundCues: false });
      expect(preview()).not.toMatch(/Ruben:|\[drums/);
    });
  });

  describe('after choosing placement and pace', () => {
    it('should save the position and pause-after-caption', async () => {
      const q = within(await openDialog());
      fireEvent.click(q.getByRole('radio', { name: 'Below the video' }));
      fireEvent.click(q.getByRole('checkbox', { name: 'Pause after each caption' }));
      expect(stored()).toMatchObject({ captionPosition: 'below', pauseAfterCaption: true });
    });
  });

  describe.each(CAPTION_PRESETS.map((p) => [p.name, p] as const))(
    'after choosing the %s preset',
    (name, preset) => {
      it('should save its look, keep a custom size unless it sets one, and press only its button', async () => {
        updatePreferences({ captionStyle: { size: 75, textColor: '#123456' } });
        const q = within(await openDialog());
        fireEvent.click(q.getByRole('button', { name }));
        expect(stored().captionStyle).toEqual({ ...preset.style, size: preset.style.size ?? 75 });
        for (const other of CAPTION_PRESETS) {
          expect(q.getByRole('button', { name: other.name }).getAttribute('aria-pressed')).toBe(
            String(other === preset),
          );
        }
        await expectNoAxeViolations(`${name} preset chosen`);
      });
    },
  );

  describe('after a contrast too low to read', () => {
    it('should warn in words', async () => {
      const q = within(await openDialog());
      fireEvent.change(q.getByRole('slider', { name: 'Background opacity' }), { target: { value: '0' } });
      expect(q.getByText(/Low contrast/)).toBeTruthy();
    });
  });

  describe('after resetting to defaults', () => {
    it('should put back every caption setting, keep other preferences, and say so', async () => {
      updatePreferences({
        captionStyle: CAPTION_PRESETS[3]!.style,
        speakerNames: 'colour',
        soundCues: false,
        captionPosition: 'below',
        pauseAfterCaption: true,
        shortcuts: false,
      });
      const q = within(await openDialog());
      fireEvent.click(q.getByRole('button', { name: 'Reset to defaults' }));
      const { captionStyle, speakerNames, soundCues, captionPosition, pauseAfterCaption } =
        DEFAULT_PREFERENCES;
      expect(stored()).toMatchObject({
        captionStyle,
        speakerNames,
        soundCues,
        captionPosition,
        pauseAfterCaption,
        shortcuts: false,
      });
      expect((q.getByRole('slider', { name: 'Size' }) as HTMLInputElement).value).toBe(
        String(captionStyle.size),
      );
      expect(q.getByRole('status').textContent).toMatch(/defaults/);
    });
  });

  describe('after pressing Escape', () => {
    it('should close and give focus back to the trigger', async () => {
      const dialog = await openDialog();
      fireEvent.keyDown(dialog, { key: 'Escape' });
      expect(screen.queryByRole('dialog')).toBeNull();
      const trigger = screen.getByRole('button', { name: 'Caption settings' });
      await waitFor(() => expect(document.activeElement).toBe(trigger));
    });
  });

  describe('after a key press inside the dialog', async () => {
    it('should not reach the player around it', async () => {
      const seen: string[] = [];
      render(
        <MediaProvider>
          <div onKeyDown={(e) => seen.push(e.key)}>
            <CaptionSettingsDialog />
          </div>
        </MediaProvider>,
      );
      fireEvent.click(screen.getByRole('button', { name: 'Caption settings' }));
      fireEvent.keyDown(await screen.findByRole('slider', { name: 'Size' }, LOADED), { key: 'k' });
      expect(seen).toEqual([]);
    });
  });
});
