import { defaultSettings, type Settings } from './settings';

/** A teaching moment: settings, a title, and a sentence saying what to watch. */
export interface TeachingScene {
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly settings: Partial<Settings>;
}

const parabola = { surface: 'parabola', surfaceParams: {}, start: [3] } as const;
const bowl = { surface: 'quadratic', surfaceParams: { a: 1, b: 4, angle: 0 }, start: [-2.5, 1.5] } as const;
const ravine = { surface: 'quadratic', surfaceParams: { a: 1, b: 50, angle: 0 }, start: [-2.8, 0.6] } as const;

/** Every scene, in the order of the keys 1–9 (then the menu). */
export const teachingScenes: readonly TeachingScene[] = [
  {
    id: 'crawl-1d',
    title: 'Too small: a crawl',
    caption: 'Each step covers half a percent of the way down. Three hundred steps later the hiker is still walking.',
    settings: { ...parabola, lr: 0.005, steps: 300, stepsPerSecond: 40 },
  },
  {
    id: 'right-1d',
    title: 'Just right',
    caption: 'Each step removes 80% of the distance to the bottom: a handful of steps and the hiker is there.',
    settings: { ...parabola, lr: 0.8, stepsPerSecond: 3 },
  },
  {
    id: 'bounce-1d',
    title: 'Too large, still converging',
    caption: 'Every step overshoots the bottom and lands on the other side, a little lower each time.',
    settings: { ...parabola, lr: 1.8, stepsPerSecond: 3 },
  },
  {
    id: 'diverge-1d',
    title: 'Too large: diverging',
    caption: 'Every step overshoots further than the last. The hiker is flung out of the valley.',
    settings: { ...parabola, lr: 2.2, stepsPerSecond: 3 },
  },
  {
    id: 'fan-1d',
    title: 'Six rates at once',
    caption: 'The same valley, the same start, six learning rates: from a crawl to a glide, a bounce and a fall.',
    settings: { ...parabola, mode: 'fan', lr: 0.8, fanRates: [0.02, 0.2, 0.8, 1.5, 1.9, 2.1], steps: 100, stepsPerSecond: 3 },
  },
  {
    id: 'ravine-zigzag',
    title: 'The ravine’s zig-zag',
    caption: 'Steep walls, a gentle floor: a rate safe for the walls crawls along the floor, and the hiker zig-zags.',
    settings: { ...ravine, lr: 0.038, steps: 400, stepsPerSecond: 12 },
  },
  {
    id: 'ravine-momentum',
    title: 'Momentum’s cure',
    caption: 'Momentum averages the steps: smaller swings that die down fast, and speed along the floor. It arrives in under half the steps (μ = 0.6).',
    settings: {
      ...ravine,
      mode: 'race',
      racers: [
        { optimizer: 'sgd', lr: 0.038 },
        { optimizer: 'momentum', lr: 0.03 },
      ],
      hyper: { momentum: 0.6 },
      steps: 400,
      stepsPerSecond: 12,
    },
  },
  {
    id: 'banana-race',
    title: 'Rosenbrock’s banana',
    caption: 'Gradient descent crawls along the curved floor; momentum rolls along it; Adam adapts its steps to it.',
    settings: {
      surface: 'rosenbrock',
      surfaceParams: {},
      start: [-1.2, 1],
      mode: 'race',
      racers: [
        { optimizer: 'sgd', lr: 0.0015 },
        { optimizer: 'momentum', lr: 0.0015 },
        { optimizer: 'adam', lr: 0.05 },
      ],
      hyper: { momentum: 0.9 },
      steps: 2000,
      stepsPerSecond: 60,
    },
  },
  {
    id: 'saddle-escape',
    title: 'Escaping a saddle',
    caption: 'At the mountain pass the slope vanishes. The hiker lingers there, then slides off into one of the valleys.',
    settings: { surface: 'saddle', surfaceParams: {}, start: [2.2, 0.01], lr: 0.1, steps: 300, stepsPerSecond: 12 },
  },
  {
    id: 'crawl-2d',
    title: 'Too small: a crawl (2-D)',
    caption: 'A tiny rate in a bowl: the hiker creeps downhill, far from the bottom when its steps run out.',
    settings: { ...bowl, lr: 0.005, steps: 300, stepsPerSecond: 40 },
  },
  {
    id: 'right-2d',
    title: 'Just right (2-D)',
    caption: 'The optimal rate 2/(λmin + λmax): both directions shrink at the same pace.',
    settings: { ...bowl, lr: 0.4, stepsPerSecond: 3 },
  },
  {
    id: 'bounce-2d',
    title: 'Too large, still converging (2-D)',
    caption: 'Along the steep direction every step overshoots, and the hiker bounces from wall to wall while it descends.',
    settings: { ...bowl, lr: 0.45, stepsPerSecond: 4 },
  },
  {
    id: 'diverge-2d',
    title: 'Too large: diverging (2-D)',
    caption: 'Past the critical rate 2/λmax the bounces grow along the steep direction, and the hiker flies out.',
    settings: { ...bowl, lr: 0.55, stepsPerSecond: 4 },
  },
];

export const teachingSceneIds: readonly string[] = teachingScenes.map((s) => s.id);

/**
 * The settings of a scene: the defaults, then the scene, keeping how the viewer likes to look
 * (presenter mode, controls, chart scale and tab). A scene starts walking at once.
 */
export function applyTeachingScene(current: Settings, id: string): Settings {
  const scene = teachingScenes.find((s) => s.id === id);
  if (!scene) return current;
  const { presenter, controls, lossScale, tab } = current;
  return { ...defaultSettings, ...scene.settings, scene: id, autoplay: true, presenter, controls, lossScale, tab };
}
