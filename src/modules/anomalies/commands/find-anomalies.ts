// Reads each check's facts for the run's window, names their subjects through the owning modules (SKU and
// family from the catalogue, location code and kind from the network, vendor code from purchasing) and hands
// them to the pure checks of domain/. Facts read by two checks (stock positions) are read once per run.
import type { Queryable } from '../../../platform/db/database.ts';
import { productsByIds } from '../../catalog/index.ts';
import { locationsByIds } from '../../network/index.ts';
import { vendorsByIds } from '../../purchasing/index.ts';
import type { AnomalyCheck, Finding } from '../domain/anomaly-kind.ts';
import type { CheckWindow } from '../domain/check-window.ts';
import { groupBy } from '../domain/group-by.ts';
import { leadTimeDrifts } from '../domain/lead-time-drift.ts';
import { marginErosion } from '../domain/margin-erosion.ts';
import { returnRateAnomalies } from '../domain/return-rates.ts';
import { shrinkAnomalies } from '../domain/shrink-outliers.ts';
import { overstock, type StockPosition, slowMovers } from '../domain/stock-cover.ts';
import { BASELINE_DAYS } from '../domain/thresholds.ts';
import { deliveryFacts } from '../queries/delivery-facts.ts';
import { familyMarginFacts, productsSold } from '../queries/family-margin-facts.ts';
import { returnRateFacts } from '../queries/return-rate-facts.ts';
import { shrinkFacts } from '../queries/shrink-facts.ts';
import { stockPositionFacts } from '../queries/stock-position-facts.ts';

/** Only whole weeks of the baseline count as weeks (365 days leave one day over). */
const BASELINE_WEEKS = Math.floor(BASELINE_DAYS / 7);

const familyOf = (category: string | null | undefined) => category ?? '(none)';

export class AnomalyFinder {
  #positions: Promise<StockPosition[]> | undefined;

  constructor(
    private readonly db: Queryable,
    private readonly span: CheckWindow,
  ) {}

  find(check: AnomalyCheck): Promise<Array<Finding<string>>> {
    switch (check) {
      case 'return_rate':
        return this.#returnRates();
      case 'shrink':
        return this.#shrink();
      case 'lead_time_drift':
        return this.#leadTimes();
      case 'overstock':
        return this.#stockPositions().then((positions) => overstock(positions, this.span.window));
      case 'slow_mover':
        return this.#stockPositions().then((positions) => slowMovers(positions, this.span.window));
      case 'margin_erosion':
        return this.#margins();
    }
  }

  async #returnRates() {
    const facts = await returnRateFacts(this.db, this.span);
    const [products, locations] = await Promise.all([productsByIds(this.db, facts.map((f) => f.productId)), locationsByIds(this.db, facts.map((f) => f.locationId))]);
    const rows = facts.map((f) => ({ ...f, sku: products.get(f.productId)?.sku ?? f.productId, location: locations.get(f.locationId)?.code ?? f.locationId }));
    return returnRateAnomalies(rows, this.span.window);
  }

  async #shrink() {
    const facts = await shrinkFacts(this.db, this.span);
    const locations = await locationsByIds(this.db, facts.map((f) => f.locationId));
    const rows = facts.flatMap((f) => {
      const location = locations.get(f.locationId);
      return location && (location.kind === 'store' || location.kind === 'warehouse') ? [{ ...f, location: location.code, locationKind: location.kind }] : [];
    });
    return shrinkAnomalies(rows, this.span.window);
  }

  async #leadTimes() {
    const facts = await deliveryFacts(this.db, this.span);
    const vendors = await vendorsByIds(this.db, facts.map((f) => f.vendorId));
    const byVendor = groupBy(facts, (f) => f.vendorId);
    return leadTimeDrifts(
      [...byVendor].map(([vendorId, lines]) => ({ vendorId, vendor: vendors.get(vendorId)?.code ?? vendorId, daysLate: lines.map((l) => l.daysLate), late: lines.map((l) => l.late) })),
      this.span.window,
    );
  }

  #stockPositions(): Promise<StockPosition[]> {
    this.#positions ??= (async () => {
      const facts = await stockPositionFacts(this.db, this.span);
      const [products, locations] = await Promise.all([productsByIds(this.db, facts.map((f) => f.productId)), locationsByIds(this.db, facts.map((f) => f.locationId))]);
      return facts.flatMap((f) => {
        const product = products.get(f.productId);
        const location = locations.get(f.locationId);
        if (!product || !location) return [];
        return [{ ...f, sku: product.sku, family: familyOf(product.category), location: location.code, locationKind: location.kind }];
      });
    })();
    return this.#positions;
  }

  async #margins() {
    const sold = await productsSold(this.db, this.span);
    const products = await productsByIds(this.db, sold);
    const families = new Map([...products.values()].map((p) => [p.id, familyOf(p.category)]));
    const facts = await familyMarginFacts(this.db, this.span, families);
    const byFamily = groupBy(facts, (f) => f.family);
    return marginErosion(
      [...byFamily].map(([family, rows]) => {
        const inWindow = rows.find((r) => r.week === -1);
        return {
          family,
          baselineWeeks: rows.filter((r) => r.week >= 0 && r.week < BASELINE_WEEKS),
          window: { netSales: inWindow?.netSales ?? 0, cogs: inWindow?.cogs ?? 0 },
        };
      }),
      this.span.window,
    );
  }
}
