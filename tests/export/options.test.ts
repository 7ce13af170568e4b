import { describe, expect, test } from 'vitest';
import { checkFormat, resolveExportOptions } from '../../src/export/options';

const context = { lastStep: 60, stepsPerSecond: 8 };

describe('resolveExportOptions', () => {
  test('png defaults to 1920 × 1080, laid out at 960 px and drawn at density 2', () => {
    expect(resolveExportOptions('png', {}, context)).toMatchObject({ width: 1920, height: 1080, density: 2 });
  });

  test('gif defaults to 640 px wide, the whole run, at the playground’s speed', () => {
    expect(resolveExportOptions('gif', {}, context)).toMatchObject({ width: 640, height: 360, density: 1, from: 0, to: 60, fps: 8 });
  });

  test('video defaults to 1080p at 30 frames a second, and keeps its sizes even', () => {
    expect(resolveExportOptions('mp4', {}, context)).toMatchObject({ width: 1920, height: 1080, fps: 30, stepsPerSecond: 8 });
    expect(resolveExportOptions('webm', { width: 641 }, context)).toMatchObject({ width: 640, height: 360 });
    expect(resolveExportOptions('webm', { width: 1000 }, context).height % 2).toBe(0);
  });

  test.each([
    ['gif', { width: 5000 }, 'invalid width: 5000 (must be a whole number from 160 to 1920)'],
    ['gif', { width: 'big' }, 'invalid width: "big" (must be a whole number from 160 to 1920)'],
    ['gif', { width: 640.5 }, 'invalid width: 640.5 (must be a whole number from 160 to 1920)'],
    ['gif', { from: 60 }, 'invalid from: 60 (must be a whole number from 0 to 59)'],
    ['gif', { from: 10, to: 5 }, 'invalid to: 5 (must be a whole number from 11 to 60)'],
    ['gif', { fps: 0 }, 'invalid fps: 0 (must be a whole number from 1 to 50)'],
    ['mp4', { stepsPerSecond: -1 }, 'invalid stepsPerSecond: -1 (must be a number from 0.25 to 60)'],
    ['png', { theme: 'sepia' }, 'invalid theme: "sepia" (must be light or dark)'],
    ['png', { fps: 10 }, 'invalid option: "fps" (png takes width, theme)'],
    ['csv', { width: 10 }, 'invalid option: "width" (csv takes no options)'],
  ] as const)('%s with %j: %s', (format, options, message) => {
    expect(() => resolveExportOptions(format, options as never, context)).toThrow(message);
  });

  test('a run with no step cannot be animated', () => {
    expect(() => resolveExportOptions('gif', {}, { lastStep: 0, stepsPerSecond: 8 })).toThrow('invalid to: 0 (the run has no step to animate)');
    expect(resolveExportOptions('png', {}, { lastStep: 0, stepsPerSecond: 8 })).toMatchObject({ width: 1920 });
  });

  test('checkFormat names the formats it takes', () => {
    expect(checkFormat('gif')).toBe('gif');
    expect(() => checkFormat('tiff')).toThrow('invalid format: "tiff" (must be one of png, gif, mp4, webm, csv, json)');
  });
});
