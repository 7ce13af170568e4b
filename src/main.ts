import { Application, Graphics } from 'pixi.js';
import { simulate } from './core';

const host = document.getElementById('app') as HTMLElement;
const app = new Application();
await app.init({ preference: 'webgl', resizeTo: window, background: '#f7f7f2', antialias: true });
host.append(app.canvas);

const run = simulate({ surface: 'parabola', lr: 0.5 });
const route = new Graphics();
run.path.forEach(([x], k) => route.circle(app.screen.width / 2 + (x as number) * 60, 100 + k * 20, 6));
route.fill('#3a6ea5');
app.stage.addChild(route);
host.dataset.status = run.status;
