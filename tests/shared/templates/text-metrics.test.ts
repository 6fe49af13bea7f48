import { charactersOfPoints, columnWidthPoints } from '../../../shared/templates/text-metrics';

describe('column widths between the hosts\' units and the .xlsx characters', () => {
  test('Excel\'s default column, 64 px = 48 pt, is its 8,43 characters', () => {
    expect(charactersOfPoints(48)).toBeCloseTo(8.43, 2);
    // Sheets reports pixels: 100 px (its default) is 75 pt.
    expect(charactersOfPoints(100 * 0.75)).toBeCloseTo(13.57, 2);
  });

  test('reading back a width written from characters gives the same characters', () => {
    for (const chars of [4, 9, 12.5, 40, 130]) expect(charactersOfPoints(columnWidthPoints(chars))).toBeCloseTo(chars, 9);
  });

  test('a hidden (0 pt) column is 0 characters, never negative', () => {
    expect(charactersOfPoints(0)).toBe(0);
  });
});
