import { expect, test, type Page } from '@playwright/test';
import { exampleTerms, formatValue, lineData, simulate } from '../src/core';
import { open, playground, waitForStatus } from './helpers';

const walk = (page: Page) => page.locator('.lrp-narration');
const stageShown = (page: Page) => walk(page).locator('li:visible');
const next = (page: Page) => walk(page).getByRole('button', { name: 'Next stage of the loop' });
const back = (page: Page) => walk(page).getByRole('button', { name: 'Back one stage of the loop' });
/** Plays the run from its start, whether or not it was playing. */
async function replay(page: Page): Promise<void> {
  await page.locator('.lrp-transport [data-action=reset]').click();
  await expect(playground(page)).toHaveAttribute('data-status', 'idle');
  await page.locator('.lrp-transport [data-action=play]').click();
}
/** A typed number in the panel, by its label. */
const panelNumber = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
/** Types a number into the panel field of that label, as a learner does, and confirms it with Enter. */
async function typeNumber(page: Page, label: string, value: string): Promise<void> {
  await panelNumber(page, label).fill(value);
  await panelNumber(page, label).press('Enter');
}

/** The slope of the data card's line, in the plot's own units (y grows downward in SVG). */
const lineSlope = (page: import('@playwright/test').Page) =>
  page.locator('.lrp-data-line').evaluate((line) => {
    const n = (name: string): number => Number(line.getAttribute(name));
    return -(n('y2') - n('y1')) / (n('x2') - n('x1'));
  });

test.describe('a real model: a line fitted to data', () => {
  test('the data card shows the points, the line of the hiker’s (w, b) and each point’s error', async ({ page }) => {
    await open(page, 'surface=fit-line&lr=0.1');
    const card = page.locator('.lrp-data');
    await expect(card).toBeVisible();
    await expect(card.locator('.lrp-data-point')).toHaveCount(12);
    await expect(card.locator('.lrp-data-residual')).toHaveCount(12);
    // The valley's coordinates are the model's parameters, and named so.
    await expect(page.locator('.lrp-axes .lrp-axis-title')).toHaveText(['w', 'b']);
    const before = await lineSlope(page);
    await expect(card.locator('.lrp-data-caption')).toContainText('Mean squared error');
    await page.locator('.lrp-transport [data-action=step]').click();
    await expect(playground(page)).toHaveAttribute('data-step', '1');
    await expect.poll(() => lineSlope(page)).not.toBe(before);
    await page.locator('.lrp-transport [data-action=play]').click();
    await waitForStatus(page, 'converged');
    const loss = Number(await playground(page).getAttribute('data-loss'));
    expect(loss).toBeLessThan(0.3);
  });

  test('too large a rate swings the line wildly until the run diverges', async ({ page }) => {
    await open(page, 'surface=fit-line&lr=0.4&autoplay=1');
    await waitForStatus(page, 'diverged');
    await expect(page.locator('.lrp-data-caption')).not.toContainText('NaN');
  });

  test('other valleys have no data card', async ({ page }) => {
    await open(page, 'surface=rosenbrock');
    await expect(page.locator('.lrp-data')).toBeHidden();
  });
});

test.describe('the hand simulation', () => {
  test('contract: lesson=threshold&autoplay=1 plays through by itself to t = 4 and five right', async ({ page }) => {
    await page.goto('/?lesson=threshold&autoplay=1');
    await expect(playground(page)).toHaveAttribute('data-status', 'playing');
    await waitForStatus(page, 'done');
    await expect(playground(page)).toHaveAttribute('data-threshold', '4');
    await expect(playground(page)).toHaveAttribute('data-correct', '5');
    await expect(page.getByText('The threshold ended at t = 4')).toBeVisible();
    // The lesson does not rewrite the address: it is not the playground's settings.
    expect(new URL(page.url()).hash).toBe('');
  });

  test('the learner guesses each answer before it is shown, and steps back and forth', async ({ page }) => {
    await page.goto('/?lesson=threshold');
    await expect(playground(page)).toHaveAttribute('data-status', 'idle');
    await expect(playground(page)).toHaveAttribute('data-threshold', '3');
    await expect(page.getByText('Example 1 of 5: the number 2')).toBeVisible();
    await page.getByRole('button', { name: 'The model says YES' }).click();
    await expect(page.getByText('You guessed YES; the model said NO.')).toBeVisible();
    // The answer buttons are gone: their focus went on to Next, not to the page.
    await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'The model says YES' }).click();
    await expect(page.getByText('You guessed the model’s answer.')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Example 3 of 5: the number 4')).toBeVisible();
    await page.keyboard.press('y');
    await expect(page.getByText('Wrong: it said YES to a NO, so t moves up by 1 to 4.')).toBeVisible();
    await expect(playground(page)).toHaveAttribute('data-threshold', '4');
    await page.keyboard.press('ArrowLeft');
    await expect(playground(page)).toHaveAttribute('data-threshold', '3');
    await expect(playground(page)).not.toHaveAttribute('data-correct', /.*/);
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(playground(page)).toHaveAttribute('data-step', '0');
  });

  test('an unknown lesson opens the playground with a notice', async ({ page }) => {
    await page.goto('/?lesson=nope&surface=parabola');
    await expect(page.locator('.lrp-notice')).toContainText('lesson="nope"');
    await expect(playground(page)).toHaveAttribute('data-step', '0');
  });
});

test.describe('one iteration, step by step', () => {
  test('Next and Back walk through predict, compare, loss and adjust with this example’s numbers', async ({ page }) => {
    await open(page, 'surface=fit-line&sampling=stochastic&lr=0.05');
    const run = simulate({ surface: 'fit-line', sampling: 'stochastic', lr: 0.05, steps: 300 });
    const [w, b] = run.path[0] as [number, number];
    const index = run.examples![0]!;
    const terms = exampleTerms(w, b, lineData[index]!);
    // At first all four show at once.
    await expect(stageShown(page)).toHaveCount(4);
    await next(page).click();
    await expect(stageShown(page)).toHaveCount(1);
    await expect(walk(page).locator('li[aria-current=step]')).toContainText('Predict');
    await expect(stageShown(page)).toContainText(`Example ${index + 1} of 12`);
    await expect(stageShown(page)).toContainText(`= ${formatValue(terms.guess)}.`);
    // The data card rings the same example.
    await expect(page.locator('.lrp-data-point').nth(index)).toHaveAttribute('data-current', '');
    await expect(back(page)).toBeDisabled();
    await next(page).click();
    await expect(walk(page).locator('li[aria-current=step]')).toContainText(`ŷ − y = ${formatValue(terms.guess)}`);
    await next(page).click();
    await expect(walk(page).locator('li[aria-current=step]')).toContainText(`= ${formatValue(terms.loss)}.`);
    await next(page).click();
    const adjust = walk(page).locator('li[aria-current=step]');
    await expect(adjust).toContainText('Adjust');
    await expect(adjust).toContainText(`∂/∂b = 2(ŷ − y) = ${formatValue(terms.grad[1])}`);
    await expect(adjust.locator('code')).toHaveCount(2);
    await expect(stageShown(page)).toHaveCount(4);
    await expect(playground(page)).toHaveAttribute('data-step', '0');
    // Next after adjust takes the step: the next iteration, at its first stage, with the next example.
    await next(page).click();
    await expect(playground(page)).toHaveAttribute('data-step', '1');
    await expect(stageShown(page)).toHaveCount(1);
    await expect(stageShown(page)).toContainText(`Example ${run.examples![1]! + 1} of 12, the 2nd of epoch 1`);
    await back(page).click();
    await expect(playground(page)).toHaveAttribute('data-step', '0');
    await expect(walk(page).locator('li[aria-current=step]')).toContainText('Adjust');
  });

  test('the arrow keys walk the stages while the card has focus, and step the run elsewhere', async ({ page }) => {
    await open(page, 'surface=fit-line&lr=0.05');
    await walk(page).locator('.lrp-walk').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(walk(page).locator('li[aria-current=step]')).toContainText('Compare');
    await expect(walk(page).locator('li[aria-current=step]')).toContainText('The errors ŷ − y run from');
    await expect(playground(page)).toHaveAttribute('data-step', '0');
    await page.keyboard.press('ArrowLeft');
    await expect(walk(page).locator('li[aria-current=step]')).toContainText('Predict');
    await page.locator('.lrp-walk').blur();
    await page.keyboard.press('ArrowRight');
    await expect(playground(page)).toHaveAttribute('data-step', '1');
    // A move of the playhead from elsewhere shows all four again.
    await expect(stageShown(page)).toHaveCount(4);
  });

  test('at the end of the run, adjust says why the loop stopped and Next stops there', async ({ page }) => {
    await open(page, 'surface=fit-line&lr=0.05&epochs=2');
    await page.locator('.lrp-transport [data-action=play]').click();
    await waitForStatus(page, 'epochs-done');
    await expect(walk(page)).toContainText('Step 2: the loop has stopped');
    await expect(walk(page)).toContainText('because finished the 2 epochs it was set');
    for (let i = 0; i < 4; i++) await next(page).click();
    await expect(next(page)).toBeDisabled();
  });
});

test.describe('when the loop stops', () => {
  test('each of the lesson’s three rules, set in the panel, stops the run with its reason in words', async ({ page }) => {
    await open(page, 'surface=fit-line&sampling=stochastic&lr=0.05&speed=500');
    await page.getByText('Stop rules', { exact: true }).click();
    const status = page.locator('.lrp-status');

    await typeNumber(page, 'stop after epochs', '3');
    await replay(page);
    await waitForStatus(page, 'epochs-done');
    await expect(playground(page)).toHaveAttribute('data-step', '36');
    await expect(status).toContainText('Done: 3 epochs');
    await expect(status).toContainText('Finished the 3 epochs it was set (3 passes over the 12 examples, one example per step: 36 steps)');
    await expect(page.locator('.lrp-chart-epochs text').first()).toHaveText('epoch 2');

    await typeNumber(page, 'stop after epochs', '0');
    await typeNumber(page, 'stop when loss below', '1');
    await replay(page);
    await waitForStatus(page, 'converged');
    await expect(status).toContainText('The loss fell below 1 at step');
    expect(Number(await playground(page).getAttribute('data-loss'))).toBeLessThan(1);

    await typeNumber(page, 'stop when loss below', '0.001');
    await typeNumber(page, 'stop after no gain for (steps)', '20');
    await replay(page);
    await waitForStatus(page, 'no-improvement');
    await expect(status).toContainText('Stopped improving');
    await expect(status).toContainText('no gain larger than 0 for 20 steps');
    const hash = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
    expect([hash.get('sampling'), hash.get('patience'), hash.get('lossBelow')]).toEqual(['stochastic', '20', '0.001']);
  });

  test('a bad number of epochs is put back and the run is unchanged', async ({ page }) => {
    await open(page, 'surface=fit-line&lr=0.05&epochs=4');
    await page.getByText('Stop rules', { exact: true }).click();
    await typeNumber(page, 'stop after epochs', '2.5');
    await expect(panelNumber(page, 'stop after epochs')).toHaveValue('4');
    await page.locator('.lrp-transport [data-action=play]').click();
    await waitForStatus(page, 'epochs-done');
    await expect(playground(page)).toHaveAttribute('data-step', '4');
  });
});

test.describe('the lesson’s questions', () => {
  const check = (page: Page, id: string) => page.locator(`.lrp-check[data-check=${id}]`);

  test('lesson=loop opens a real model, one example per step, ten epochs, with three checks', async ({ page }) => {
    await page.goto('/?lesson=loop');
    await expect(playground(page)).toHaveAttribute('data-step', '0');
    await expect(page.locator('.lrp-data')).toBeVisible();
    await expect(page.locator('.lrp-checks .lrp-check')).toHaveCount(3);
    await expect(page.locator('.lrp-readouts')).toContainText('0 / 120');
    // The lesson is a scene of its own: no scenes menu, and the scene keys leave it be.
    await expect(page.getByRole('combobox', { name: 'Teaching scenes' })).toHaveCount(0);
    await page.keyboard.press('3');
    await expect(playground(page)).toHaveAttribute('data-dim', '2');
    await expect(page.locator('.lrp-data')).toBeVisible();
    // The playground's own page has no checks.
    await open(page, 'surface=fit-line');
    await expect(page.locator('.lrp-checks')).toHaveCount(0);
  });

  test('each question is answered by doing something, with feedback for wrong and right answers', async ({ page }) => {
    await page.goto('/?lesson=loop');
    await expect(playground(page)).toHaveAttribute('data-step', '0');
    const checks = page.locator('.lrp-checks');

    // 1. The loop in words.
    const fill = check(page, 'fill-in');
    await fill.getByLabel('Blank 1').selectOption('gradient');
    await expect(fill.locator('.lrp-check-feedback')).toContainText('Not quite. What does step 1 of the walk-through produce');
    await fill.getByLabel('Blank 1').selectOption('prediction');
    await fill.getByLabel('Blank 2').selectOption('loss');
    await fill.getByLabel('Blank 3').selectOption('adjusted');
    await expect(fill).toHaveAttribute('data-done', '');
    await expect(checks).toHaveAttribute('data-done', '1');

    // 2. What the loss is for: place the line through the points, then answer.
    const loss = check(page, 'loss');
    await expect(loss.locator('.lrp-check-choices')).toBeHidden();
    await expect(loss.locator('.lrp-check-feedback')).toContainText('The loss at your start is 26.2');
    const stage = (await page.locator('.lrp-stage').boundingBox())!;
    await page.mouse.click(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await expect(loss.locator('.lrp-check-feedback')).toContainText(/Done: your line scores a loss of 0\.\d+/);
    await loss.getByRole('button', { name: 'It counts the passes over the training data.' }).click();
    await expect(loss.locator('.lrp-check-feedback')).toContainText('Not quite. Those are epochs.');
    await expect(loss).not.toHaveAttribute('data-done', '');
    await loss.getByRole('button', { name: /It measures how wrong the predictions are/ }).click();
    await expect(loss).toHaveAttribute('data-done', '');

    // 3. A rate too high: raise it, play, watch it fly off, then answer.
    const rate = check(page, 'rate');
    await expect(rate.locator('.lrp-check-feedback')).toContainText('At η = 0.05 the hiker still settles');
    await typeNumber(page, 'learning rate η', '0.5');
    await expect(rate.locator('.lrp-check-feedback')).toContainText('η = 0.5 is too high. Press Play');
    await page.locator('.lrp-transport [data-action=play]').click();
    await waitForStatus(page, 'diverged');
    await expect(rate.locator('.lrp-check-feedback')).toContainText(/Done: at η = 0\.5 each step overshot further than the last, and the run diverged after step \d+/);
    await rate.getByRole('button', { name: 'Steps overshoot the bottom, so the loss bounces around or grows.' }).click();
    await expect(rate).toHaveAttribute('data-done', '');
    await expect(checks).toHaveAttribute('data-done', '3');
    await expect(page.locator('.lrp-checks-summary')).toHaveText('All three answered. You have the training loop.');
  });
});
