// The element, for every page. In the server render this import is the package's empty Node
// entry; in the browser it defines <lr-playground>, which upgrades the rendered markup.
import DefaultTheme from 'vitepress/theme';
import 'lr-playground';

export default DefaultTheme;
