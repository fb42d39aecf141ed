// Popup entry: the page's language and direction follow the browser's UI language.
import { render } from 'preact';
import { t, uiLanguage } from '../i18n.ts';
import { Popup } from './PopupView.tsx';
import { connect } from './page-api.ts';

document.documentElement.lang = uiLanguage();
document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
document.title = t('extName');

render(<Popup connect={connect} />, document.getElementById('app')!);
