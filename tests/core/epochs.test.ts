import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ExampleOrder, InvalidInputError, exampleTerms, explainStep, lineData, simulate, simulateBatch, surfaces } from '../../src/core';

const fitLine = surfaces['fit-line']!;
const examples = fitLine.examples!;
const n = lineData.length;
const stochastic = { surface: 'fit-line', lr: 0.05, sampling: 'stochastic' } as const;

describe('the examples of fit-line', () => {
  const point = fc.tuple(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }));

  test('the valley is the mean of the examples’ losses, and its gradient the mean of theirs', () => {
    fc.assert(
      fc.property(point, ([w, b]) => {
        const out = new Float64Array(2);
        let [loss, gw, gb] = [0, 0, 0];
        for (let i = 0; i < examples.count; i++) {
          loss += examples.valueAndGrad(i, w, b, out, 0) / n;
          gw += (out[0] as number) / n;
          gb += (out[1] as number) / n;
        }
        const scale = 1 + Math.abs(fitLine.f([w, b]));
        expect(Math.abs(loss - fitLine.f([w, b])) / scale).toBeLessThan(1e-12);
        const [fw, fb] = fitLine.grad([w, b]) as [number, number];
        expect(Math.abs(gw - fw) / (1 + Math.abs(fw))).toBeLessThan(1e-11);
        expect(Math.abs(gb - fb) / (1 + Math.abs(fb))).toBeLessThan(1e-11);
      }),
    );
  });

  test('exampleTerms spells out the same loss and gradient, step by step', () => {
    const out = new Float64Array(2);
    lineData.forEach((example, i) => {
      const terms = exampleTerms(1.2, -0.4, example);
      expect(terms.guess).toBeCloseTo(1.2 * example.x - 0.4, 14);
      expect(terms.error).toBeCloseTo(terms.guess - example.y, 14);
      expect(terms.loss).toBeCloseTo(terms.error ** 2, 12);
      expect(examples.valueAndGrad(i, 1.2, -0.4, out, 0)).toBeCloseTo(terms.loss, 12);
      expect([...out]).toEqual([...terms.grad]);
    });
  });

  test('valleys not made from data have no examples', () => {
    for (const surface of Object.values(surfaces)) if (surface.id !== 'fit-line') expect(surface.examples).toBeUndefined();
  });
});

describe('one-example steps', () => {
  test('each epoch visits every example once, in an order that changes from epoch to epoch', () => {
    const run = simulate({ ...stochastic, steps: 5 * n, stop: false });
    expect(run.epochSteps).toBe(n);
    expect(run.examples).toHaveLength(5 * n);
    const epochs = Array.from({ length: 5 }, (_, e) => run.examples!.slice(e * n, (e + 1) * n));
    for (const epoch of epochs) expect([...epoch].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
    expect(new Set(epochs.map((e) => e.join())).size).toBe(5);
  });

  test('the seed fixes the order; noise does not change it', () => {
    const order = (seed: number, noise = 0) => simulate({ ...stochastic, steps: 3 * n, seed, noise, stop: false }).examples;
    expect(order(4)).toEqual(order(4));
    expect(order(4)).not.toEqual(order(5));
    expect(order(4, 0.5)).toEqual(order(4));
  });

  test('ExampleOrder alone gives the order a run uses', () => {
    const order = new ExampleOrder(n, 9);
    const run = simulate({ ...stochastic, seed: 9, steps: 2 * n, stop: false });
    expect(Array.from({ length: 2 * n }, (_, t) => order.at(t))).toEqual(run.examples);
  });

  test('each SGD step moves against the gradient of its one example', () => {
    const run = simulate({ ...stochastic, steps: 40, stop: false });
    for (let k = 0; k < 40; k++) {
      const [w, b] = run.path[k] as [number, number];
      const { grad } = exampleTerms(w, b, lineData[run.examples![k]!]!);
      expect(run.usedGrads![k]![0]).toBeCloseTo(grad[0], 12);
      expect(run.usedGrads![k]![1]).toBeCloseTo(grad[1], 12);
      expect(run.path[k + 1]![0]).toBeCloseTo(w - 0.05 * grad[0], 12);
      expect(run.path[k + 1]![1]).toBeCloseTo(b - 0.05 * grad[1], 12);
    }
  });

  test('the loss recorded is the whole dataset’s, and it wanders down rather than falling every step', () => {
    const run = simulate({ ...stochastic, steps: 20 * n, stop: false });
    run.path.forEach((p, k) => expect(run.losses[k]).toBeCloseTo(fitLine.f(p), 12));
    expect(run.losses.at(-1)!).toBeLessThan(run.losses[0]! / 5);
    expect(run.losses.some((loss, k) => k > 0 && loss > run.losses[k - 1]!)).toBe(true);
  });

  test('whole-dataset steps have no example order and use the true gradient', () => {
    const run = simulate({ surface: 'fit-line', lr: 0.05, steps: 10 });
    expect(run.epochSteps).toBe(1);
    expect(run.examples).toBeUndefined();
    expect(run.usedGrads).toBeUndefined();
  });

  test('a batch of hikers meets the same order, each as it would alone', () => {
    const rates = [0.01, 0.05, 0.2];
    const batch = simulateBatch({ ...stochastic, lr: rates, steps: 50, stop: false });
    rates.forEach((lr, i) => {
      const alone = simulate({ ...stochastic, lr, steps: 50, stop: false });
      expect([batch.positions[2 * i], batch.positions[2 * i + 1]]).toEqual(alone.path.at(-1));
    });
  });

  test('explainStep names the example of the step', () => {
    const run = simulate({ ...stochastic, steps: 30, stop: false });
    for (const k of [0, 11, 12, 29]) {
      const e = explainStep({ ...stochastic, steps: 30, stop: false }, k, fitLine.names);
      expect(e.example).toBe(run.examples![k]);
      expect(e.usedGrad).toEqual(run.usedGrads![k]);
      expect(e.lines.join(' ')).toMatch(/w ←/);
    }
  });

  test('bad sampling is refused with the field named', () => {
    expect(() => simulate({ surface: 'quadratic', lr: 0.1, sampling: 'stochastic' })).toThrow(/sampling.*no examples/);
    expect(() => simulate({ surface: 'fit-line', lr: 0.1, sampling: 'minibatch' as never })).toThrow(InvalidInputError);
  });
});

describe('the epochs stop rule', () => {
  test('with whole-dataset steps, an epoch is one step', () => {
    const run = simulate({ surface: 'fit-line', lr: 0.01, stop: { epochs: 5 } });
    expect(run.status).toBe('epochs-done');
    expect(run.stoppedAt).toBe(5);
    expect(run.stopReason).toMatch(/^finished the 5 epochs it was set \(each step a pass over all the data\), at loss \d/);
  });

  test('with one-example steps, an epoch is one step per example', () => {
    const run = simulate({ ...stochastic, stop: { epochs: 3 } });
    expect(run.status).toBe('epochs-done');
    expect(run.stoppedAt).toBe(3 * n);
    expect(run.stopReason).toBe(`finished the 3 epochs it was set (3 passes over the ${n} examples, one example per step: ${3 * n} steps), at loss ${run.stopReason.split('at loss ')[1]}`);
  });

  test('the limit of steps and the other rules still apply first', () => {
    expect(simulate({ ...stochastic, steps: 20, stop: { epochs: 3 } }).status).toBe('max-steps');
    expect(simulate({ surface: 'fit-line', lr: 0.1, stop: { epochs: 500 } }).status).toBe('converged');
    expect(simulate({ surface: 'fit-line', lr: 1, stop: { epochs: 500 } }).status).toBe('diverged');
  });

  test('0 turns it off; anything but a whole number is refused', () => {
    expect(simulate({ surface: 'fit-line', lr: 0.01, steps: 30, stop: { epochs: 0 } }).status).toBe('max-steps');
    for (const epochs of [-1, 1.5, Number.NaN, Infinity, '3']) {
      expect(() => simulate({ surface: 'fit-line', lr: 0.01, stop: { epochs: epochs as number } })).toThrow(/stop\.epochs.*whole number of epochs/);
    }
  });

  test('on a toy valley every step is a pass over the (whole) loss', () => {
    const run = simulate({ surface: 'quadratic', lr: 0.01, stop: { epochs: 7 } });
    expect(run.status).toBe('epochs-done');
    expect(run.stoppedAt).toBe(7);
  });
});
