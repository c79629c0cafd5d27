// The network module's public surface: locations (physical and virtual) and the company record.
export { createLocation, type CreateLocationInput } from './commands/create-location.ts';
export { updateCompany } from './commands/update-company.ts';
export { defaultFlags, holdsStock, type Location, type LocationKind, PHYSICAL_KINDS, type PhysicalKind, VIRTUAL_LOCATIONS } from './domain/location.ts';
export { findLocationByCode, getLocation, locationsByIds, resolveLocation } from './queries/find-locations.ts';
export { type Company, getCompany } from './queries/get-company.ts';
export { listLocations } from './queries/list-locations.ts';
export { registerNetworkRoutes } from './http/routes.ts';
