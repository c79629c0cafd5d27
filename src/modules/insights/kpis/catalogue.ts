// The KPI catalogue in the contract's order: every name of ../shared/docs/KPIS.md the API answers for.
import { fillRate } from './fill-rate.ts';
import { gmroi } from './gmroi.ts';
import { grossMargin } from './gross-margin.ts';
import { inventoryAccuracy } from './inventory-accuracy.ts';
import type { KpiDefinition } from './kpi-definition.ts';
import { leadTime } from './lead-time.ts';
import { netSales } from './net-sales.ts';
import { forecastAccuracy, promotionIncrementalMargin, promotionLift } from './not-yet-available.ts';
import { leadTimeVariance, purchaseLeadTime } from './purchase-lead-times.ts';
import { stockAging } from './stock-aging.ts';
import { stockoutRate } from './stockout-rate.ts';
import { otif } from './otif.ts';
import { returnRate } from './return-rate.ts';
import { sellThrough } from './sell-through.ts';
import { shrink } from './shrink.ts';
import { weeksOfCover } from './weeks-of-cover.ts';

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  netSales,
  grossMargin,
  sellThrough,
  stockAging,
  weeksOfCover,
  stockoutRate,
  fillRate,
  otif,
  leadTime,
  purchaseLeadTime,
  leadTimeVariance,
  returnRate,
  inventoryAccuracy,
  shrink,
  gmroi,
  promotionLift,
  promotionIncrementalMargin,
  forecastAccuracy,
];

export function findKpi(name: string): KpiDefinition | undefined {
  return KPI_CATALOGUE.find((kpi) => kpi.name === name);
}
