// KPIs of the catalogue that are listed but not computed yet (`available: false`): they need documents or
// modules that do not exist yet (promotions, forecasts) or facts this module does not record yet.
import type { KpiDefinition } from './kpi-definition.ts';

const pending = (name: string, title: string, unit: KpiDefinition['unit'], cuts: KpiDefinition['cuts'], description: string): KpiDefinition => ({
  name,
  title,
  unit,
  cuts,
  available: false,
  description,
});

export const promotionLift = pending('promotion_lift', 'Promotion lift', 'ratio', ['location', 'family'], 'Needs promotions and the forecast baseline (later issues).');
export const promotionIncrementalMargin = pending(
  'promotion_incremental_margin',
  'Promotion incremental margin',
  'money',
  ['location', 'family'],
  'Gross margin during a promotion − the baseline margin without it: needs promotions and the forecast baseline (later issues).',
);
export const forecastAccuracy = pending('forecast_accuracy', 'Forecast accuracy', 'ratio', ['location', 'family'], 'Weighted RMSSE of last period’s forecast: needs the forecasting module (later issue).');
