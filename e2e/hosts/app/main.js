// A writer's app: the element and the core, from the package installed out of its tarball.
import 'lr-playground';
import { simulate, stabilityAt, surfaces } from 'lr-playground/core';

const run = simulate({ surface: 'parabola', lr: 2.5, start: [3] });
document.getElementById('core').textContent = `${run.status} ${stabilityAt(surfaces.parabola, [3], 'sgd')?.criticalLr}`;

const made = document.createElement('lr-playground');
made.id = 'made';
made.surface = 'rosenbrock';
made.optimizer = 'adam';
made.lr = 0.002;
made.style.height = '520px';
document.getElementById('box').append(made);
