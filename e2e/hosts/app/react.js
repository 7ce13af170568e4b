import 'lr-playground';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Figure } from './figure.js';

createRoot(document.getElementById('root')).render(createElement(Figure));
