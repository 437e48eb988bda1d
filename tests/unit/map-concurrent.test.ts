/** `mapConcurrent`: at most `limit` at once, results in input order whatever the finishing order, and a failure rejects. */
import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../src/utils/map-concurrent.ts';

const tick = (turns: number) => new Promise<void>((resolve) => setTimeout(resolve, turns));

describe('mapConcurrent', () => {
	it('keeps the input order and never runs more than the limit', async () => {
		let running = 0;
		let most = 0;
		const order: number[] = [];
		const results = await mapConcurrent([5, 1, 4, 2, 3], 2, async (turns, index) => {
			running += 1;
			most = Math.max(most, running);
			await tick(turns);
			running -= 1;
			order.push(index);
			return turns * 10;
		});
		expect(results).toEqual([50, 10, 40, 20, 30]);
		expect(most).toBe(2);
		expect(order).not.toEqual([0, 1, 2, 3, 4]); // they did finish out of order
	});

	it('runs one at a time with a limit of 1, and handles no items', async () => {
		const order: number[] = [];
		await mapConcurrent([3, 1, 2], 1, async (turns, index) => {
			await tick(turns);
			order.push(index);
		});
		expect(order).toEqual([0, 1, 2]);
		expect(await mapConcurrent([], 2, async () => 1)).toEqual([]);
	});

	it('rejects with the first failure', async () => {
		await expect(
			mapConcurrent([1, 2], 2, async (value) => {
				if (value === 2) throw new Error('no 2');
				return value;
			}),
		).rejects.toThrow('no 2');
	});
});
