// The tax module's public surface: jurisdictions and their rule table (finance sets them up), the rate that
// applies to a product where it is sold (orders prices lines with it) and the one rounding rule of tax.
export { ANY_CATEGORY, taxInGross, taxOnNet, taxRateFor, type TaxedAmount, type TaxRateQuestion, type TaxRule } from './domain/tax-rate.ts';
export { resolveTaxRates, type TaxedProduct, type TaxRateAnswer } from './queries/resolve-tax-rates.ts';
export { registerTaxRoutes } from './http/routes.ts';
