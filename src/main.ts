import { startupMark } from './dom/marks';
import { createPlayground } from './playground';
import { defaultSettings, type Settings } from './state/settings';
import { loadFormulas } from './state/surface';
import { decodeSettings, encodeSettings, locationEntries, needsFormulas, quote } from './state/url';

/**
 * The standalone page: settings come from the URL (query, then hash, which wins), and the hash
 * follows every change, so the address bar always holds a link to the exact scene. `lesson=`
 * opens a lesson: `threshold`, the hand simulation; `loop`, the playground on a line fitted to
 * data, one example per step, with the lesson's questions beside it.
 */
startupMark('lrp:main');
const found = document.querySelector<HTMLElement>('[data-playground]');
if (!found) throw new Error('index.html has no [data-playground] element');
const root: HTMLElement = found;

const LESSONS = ['threshold', 'loop'];
const LOOP_LESSON_TITLE = { heading: 'The training loop', tagline: 'A line learns from twelve points: predict, compare, measure the loss, adjust, and again', scenes: false };
/** Where the training-loop lesson starts: a real model, one example per step, ten epochs. */
const loopLesson: Settings = { ...defaultSettings, surface: 'fit-line', sampling: 'stochastic', lr: 0.05, stop: { epochs: 10 } };
const entries = locationEntries(location.search, location.hash);
const lesson = entries.findLast(([key]) => key === 'lesson')?.[1];

let pending: number | undefined;
const writeHash = (next: Settings): void => {
  clearTimeout(pending);
  // While a slider is dragged, the address bar is updated a few times a second, not every frame.
  pending = window.setTimeout(() => history.replaceState(null, '', `${location.pathname}${location.search}#${encodeSettings(next)}`), 150);
};

/**
 * Mounts the page. Not awaited at the module's top level: a lesson's module imports from this
 * one's script, and would wait for it to finish while it waited for the lesson. The lessons load
 * only for their own pages: the playground's first frame needs none of them.
 */
async function mount(): Promise<void> {
  // A link to a typed valley waits for the formula reader; no other page loads it before its first frame.
  if (needsFormulas(entries)) await loadFormulas();
  const decoded = decodeSettings(
    entries.filter(([key]) => key !== 'lesson'),
    lesson === 'loop' ? loopLesson : defaultSettings,
  );
  const { settings } = decoded;
  const notices = lesson === undefined || LESSONS.includes(lesson) ? decoded.notices : [...decoded.notices, `Ignored lesson=${quote(lesson)}: the lessons are ${LESSONS.join(', ')}.`];
  if (lesson === 'threshold') {
    const { mountThresholdLesson } = await import('./lesson/thresholdLesson');
    mountThresholdLesson(root, { autoplay: settings.autoplay, playgroundHref: `${location.pathname}?lesson=loop` });
    return;
  }
  const extraCard = lesson === 'loop' ? new (await import('./lesson/checksCard')).LessonChecks(root) : undefined;
  await createPlayground(root, {
    settings,
    notices,
    onSettingsChange: writeHash,
    keyboardTarget: document,
    embedBase: new URL('.', location.href).href,
    shareLink: (next) => `${location.href.split('#')[0]}#${encodeSettings(next)}`,
    ...(extraCard ? { extraCard, title: LOOP_LESSON_TITLE } : {}),
  });
  writeHash(settings);
}

void mount();
