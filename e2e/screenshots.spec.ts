import { expect, test, type Page } from '@playwright/test';
import { open, waitForStatus } from './helpers';

/**
 * The valley (the stage) as drawn, against a committed picture. A few hundred pixels may differ
 * (text antialiasing across browser builds); the hiker alone covers more, and a trail or a route
 * far more, so losing any of them fails.
 */
const STAGE_TOLERANCE = { maxDiffPixels: 150, animations: 'disabled' } as const;
const stage = (page: Page) => page.locator('.lrp-stage');

/** Paused scenes, stepped to a whole step (no tween), so every frame is reproducible. */
async function stepTo(page: Page, steps: number): Promise<void> {
  const button = page.locator('.lrp-transport').getByRole('button', { name: 'Step' });
  for (let k = 0; k < steps; k++) await button.click();
  await expect(page.locator('[data-playground]')).toHaveAttribute('data-step', String(steps));
}

const scenes: { name: string; query: string; steps: number; size?: { width: number; height: number } }[] = [
  { name: 'rosenbrock-momentum', query: 'surface=rosenbrock&optimizer=momentum&lr=0.001&steps=2000', steps: 25 },
  { name: 'parabola-overshoot', query: 'surface=parabola&lr=1.7', steps: 3 },
  { name: 'ravine-zigzag-phone', query: 'surface=quadratic&a=1&b=20&lr=0.09&start=-2.5,1', steps: 6, size: { width: 390, height: 844 } },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const scene of scenes) {
    test(`${scene.name} (${scheme})`, async ({ page }) => {
      await page.setViewportSize(scene.size ?? { width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, scene.query);
      await stepTo(page, scene.steps);
      await expect(stage(page)).toHaveScreenshot(`${scene.name}-${scheme}.png`, STAGE_TOLERANCE);
    });
  }

  test(`diverged, reduced motion (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page, 'surface=parabola&lr=2.2&speed=500');
    await page.locator('.lrp-transport').getByRole('button', { name: 'Play' }).click();
    await waitForStatus(page, 'diverged');
    await expect(stage(page)).toHaveScreenshot(`parabola-diverged-${scheme}.png`, STAGE_TOLERANCE);
  });
}

/** The step each scene is captured at: where its teaching moment shows. */
const sceneSteps: Readonly<Record<string, number>> = {
  'crawl-1d': 60,
  'right-1d': 2,
  'bounce-1d': 4,
  'diverge-1d': 4,
  'fan-1d': 4,
  'ravine-zigzag': 25,
  'ravine-momentum': 25,
  'banana-race': 400,
  'saddle-escape': 30,
  'crawl-2d': 60,
  'right-2d': 3,
  'bounce-2d': 5,
  'diverge-2d': 12,
};

for (const [scene, step] of Object.entries(sceneSteps)) {
  test(`scene ${scene} in presenter mode`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await open(page, `scene=${scene}&presenter=1&controls=minimal`);
    await page.locator('.lrp-timeline input').fill(String(step));
    await expect(page.locator('[data-playground]')).toHaveAttribute('data-step', String(step));
    await expect(stage(page)).toHaveScreenshot(`presenter-${scene}.png`, STAGE_TOLERANCE);
  });
}
