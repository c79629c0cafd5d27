// The inventory module's public surface: the stock ledger (moves, levels, reservations, valuation),
// adjustments, counts and transfers.
export { moveStock, moveStocks, type StockMoveRequest } from './commands/move-stock.ts';
export { closeReservation, releaseReservation, tryReserveAll, tryReserveStock, type ReserveRequest } from './commands/reservations.ts';
export { resolveStockLocation } from './commands/resolve-stock-location.ts';
export { isValued, type StockLocation } from './domain/stock-location.ts';
export { valueLeaving, type Valuation } from './domain/valuation.ts';
export { InsufficientStock, InvalidState, OpeningBalancePosted } from './errors.ts';
export type * from './events.ts';
export { availableStock, type AvailableStock, type StockWhere } from './queries/available-stock.ts';
export { listStockLevels } from './queries/list-stock-levels.ts';
export { registerInventoryRoutes } from './http/inventory-routes.ts';
export { registerTransferRoutes } from './http/transfer-routes.ts';
export { CUSTOMER, INVENTORY_GAIN, INVENTORY_LOSS, SCRAP, SUPPLIER, TRANSIT } from './virtual-locations.ts';
export { createTransfer, type CreateTransferInput } from './commands/create-transfer.ts';
export { capitalizeCost, capitalizableShare, type CapitalizedCost, type CostToCapitalize } from './commands/capitalize-cost.ts';
export { OPENING_REASON, postAdjustment, type PostAdjustmentInput } from './commands/post-adjustment.ts';
export { postCount, type PostCountInput } from './commands/post-count.ts';
export { shipTransfer } from './commands/ship-transfer.ts';
export { receiveTransfer, type ReceiveTransferInput } from './commands/receive-transfer.ts';
export { transfersInTransitSince, type TransferInTransit } from './queries/transfers-in-transit.ts';
