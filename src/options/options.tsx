// The settings page: typography, theme, badge and per-site rules.
import { render } from 'preact';
import { t } from '../i18n.ts';

function Options() {
  return <h1>{t('optionsTitle')}</h1>;
}

render(<Options />, document.getElementById('app')!);
