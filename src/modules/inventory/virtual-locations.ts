// The virtual locations as stock-move endpoints: where goods come from and go to outside the company.
import { VIRTUAL_LOCATIONS } from '../network/index.ts';
import type { StockLocation } from './domain/stock-location.ts';

export const SUPPLIER: StockLocation = { id: VIRTUAL_LOCATIONS.supplier, code: '@supplier', kind: 'supplier' };
export const CUSTOMER: StockLocation = { id: VIRTUAL_LOCATIONS.customer, code: '@customer', kind: 'customer' };
export const INVENTORY_LOSS: StockLocation = { id: VIRTUAL_LOCATIONS.inventoryLoss, code: '@inventory-loss', kind: 'inventory_loss' };
export const INVENTORY_GAIN: StockLocation = { id: VIRTUAL_LOCATIONS.inventoryGain, code: '@inventory-gain', kind: 'inventory_gain' };
export const TRANSIT: StockLocation = { id: VIRTUAL_LOCATIONS.transit, code: '@transit', kind: 'transit' };
export const SCRAP: StockLocation = { id: VIRTUAL_LOCATIONS.scrap, code: '@scrap', kind: 'scrap' };
