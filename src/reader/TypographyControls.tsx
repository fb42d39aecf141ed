// Font, size, line height, width and theme: the same controls in the reader's "Aa" panel and on
// the options page. Native radio buttons and range inputs, so keyboard use and screen readers
// work as users expect (arrow keys move within a group, Tab between groups).
import { t, uiLanguage } from '../i18n.ts';
import { FONTS, LIMITS, type ReaderSettings, THEMES } from '../settings.ts';

export interface TypographyControlsProps {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
  /** Makes ids unique when the controls appear twice in one tree. */
  idPrefix: string;
}

const FONT_LABEL = {
  serif: 'fontSerif',
  sans: 'fontSans',
  mono: 'fontMono',
  readable: 'fontReadable',
} as const;
const THEME_LABEL = {
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
  system: 'themeSystem',
} as const;

function oneDecimal(n: number): string {
  try {
    return new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      n,
    );
  } catch {
    return n.toFixed(1);
  }
}

function Range({
  id,
  label,
  value,
  limit,
  display,
  onValue,
}: {
  id: string;
  label: string;
  value: number;
  limit: { min: number; max: number; step: number };
  display: string;
  onValue: (n: number) => void;
}) {
  return (
    <div class="tc-range">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={limit.min}
        max={limit.max}
        step={limit.step}
        value={value}
        aria-valuetext={display}
        onInput={(e) => onValue(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <output for={id} aria-hidden="true">
        {display}
      </output>
    </div>
  );
}

export function TypographyControls({ settings, onChange, idPrefix }: TypographyControlsProps) {
  const id = (s: string) => `${idPrefix}-${s}`;
  return (
    <div class="tc">
      <fieldset class="tc-choices" data-testid="font-choices">
        <legend>{t('font')}</legend>
        {FONTS.map((font) => (
          <label key={font} class="tc-choice" data-font={font}>
            <input
              type="radio"
              name={id('font')}
              value={font}
              checked={settings.font === font}
              onChange={() => onChange({ font })}
            />
            <span>{t(FONT_LABEL[font])}</span>
          </label>
        ))}
      </fieldset>
      <Range
        id={id('size')}
        label={t('textSize')}
        value={settings.size}
        limit={LIMITS.size}
        display={t('pixels', settings.size)}
        onValue={(size) => onChange({ size })}
      />
      <Range
        id={id('line')}
        label={t('lineHeight')}
        value={settings.lineHeight}
        limit={LIMITS.lineHeight}
        display={oneDecimal(settings.lineHeight)}
        onValue={(lineHeight) => onChange({ lineHeight })}
      />
      <Range
        id={id('width')}
        label={t('contentWidth')}
        value={settings.width}
        limit={LIMITS.width}
        display={t('characters', settings.width)}
        onValue={(width) => onChange({ width })}
      />
      <fieldset class="tc-choices" data-testid="theme-choices">
        <legend>{t('theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="tc-choice" data-theme-choice={theme}>
            <input
              type="radio"
              name={id('theme')}
              value={theme}
              checked={settings.theme === theme}
              onChange={() => onChange({ theme })}
            />
            <span>{t(THEME_LABEL[theme])}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
