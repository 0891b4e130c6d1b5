/** Number formats the presenter reads: fixed en-US grouping so server and browser render alike. */
const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const msFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 30240 -> "30,240". */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** Milliseconds with one decimal: 3.14159 -> "3.1", 1234.5 -> "1,234.5". */
export function formatMs(value: number): string {
  return msFormat.format(value);
}

/** "4 plants x 4 units x 8 sensors". */
export function formatGrid(grid: { plants: number; unitsPerPlant: number; sensorsPerUnit: number }): string {
  return `${formatCount(grid.plants)} plants x ${formatCount(grid.unitsPerPlant)} units x ${formatCount(grid.sensorsPerUnit)} sensors`;
}
