// Generated from the server's OpenAPI document by `npm run api:types`. Do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the service and its database answer
         * @description Public. Answers 200 with the database engine and the version when a query succeeds, 503 `database_unavailable` when the database does not answer.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audit trail
         * @description Every change (and every refused request, action `access.refused`) with the actor and the record before and after, newest first. Filter by `entity`, `entityId`, `actor` (id or email), `action`, and `from`/`to` (a date alone as `to` includes that whole day).
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Users by email, a page at a time (`limit`, `cursor`).
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user with a role and, for store roles, the locations they act for. The password is stored hashed and never shown again.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user by id, with their role, locations and whether they are active.
         */
        get: operations["getUser"];
        put?: never;
        /**
         * Change a user’s name, role or locations
         * @description Changes what is given; `locations` replaces the whole list. The user’s next request already runs with the new role and locations.
         */
        post: operations["updateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The signed-in user, with the permissions their role grants.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in: exchange email and password for a bearer token
         * @description Public. Answers 201 with a bearer token and its expiry; 401 `unauthorized` when the email or password is wrong or the account is deactivated.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user
         * @description Revokes every token of the user at once (their next request is 401) and refuses their sign-in until reactivated. Deactivating an inactive user changes nothing.
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a user
         * @description Lets a deactivated user sign in again with their password.
         */
        post: operations["reactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password for a user
         * @description An administrator’s reset: every token of the user is revoked, so they sign in again with the new password.
         */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password
         * @description Needs the current password (403 `wrong_password` otherwise). Every other token of yours is revoked; the one of this request stays valid.
         */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out
         * @description Revokes the bearer token of this request: it is refused (401) from the next request on.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List locations
         * @description Locations by code, a page at a time, optionally filtered by kind; the virtual ledger locations are never listed.
         */
        get: operations["listLocations"];
        put?: never;
        /**
         * Create a location
         * @description A store, warehouse or online location under a unique code (codes starting with `@` are reserved). Defaults: warehouses ship to customers, stores are pickup points, online locations hold no stock; `priority` orders sourcing.
         */
        post: operations["createLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a location
         * @description One location by its code.
         */
        get: operations["getLocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the company record
         * @description The retailer’s own record: name, currency and default tax rate.
         */
        get: operations["getCompany"];
        put?: never;
        /**
         * Change the company record
         * @description Changes the fields given and leaves the others as they are.
         */
        post: operations["updateCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search products
         * @description Products in SKU order, a page at a time. `q`: words that must all occur in the SKU, name, style, colour, size or category (case and accents ignored), or a GTIN; an exact SKU or GTIN match comes first. Also filtered by `category`, `family`, `style`, `barcodePrefix` or exact `barcode`. `cost` is shown only to roles allowed `costs.read`.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description A product under a unique SKU with its price, cost, tax rate (basis points; without one the company default applies) and optional GTIN-8/12/13/14 barcode, valid check digit and unique.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/by-barcode/{barcode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look a product up by barcode
         * @description The product whose GTIN barcode is this one, in any spelling of the same GTIN (GTIN-8, UPC-A, EAN-13 or GTIN-14 with leading zeros) — what a scanner at the till sends.
         */
        get: operations["getProductByBarcode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product
         * @description One product by SKU. `cost` is shown only to roles allowed `costs.read`.
         */
        get: operations["getProduct"];
        put?: never;
        /**
         * Change a product
         * @description Changes the fields given (`barcode: null` removes the barcode); price and cost changes are audited. The SKU never changes.
         */
        post: operations["updateProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adjust stock at a location
         * @description Adds (from inventory gain, at the product’s cost) or removes (to inventory loss, at the average cost) units at a stock-holding location, with a reason. Taking on-hand below zero or below what is reserved is refused. The reason `opening` (a location’s opening stock, once per location) needs `inventory.opening`.
         */
        post: operations["postAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stock levels
         * @description On hand, reserved and available units by product and location, limited to the caller’s locations, filtered by SKU and location (one outside them, or unknown, is 404).
         */
        get: operations["listStockLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Availability of a product across the network
         * @description Available units (on hand − reserved) of a product at every store and warehouse, whatever the caller’s locations, 0 where there is none; no costs, no documents. `sku` is a SKU or a GTIN.
         */
        get: operations["getStockAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cycle counts
         * @description Posted counts of the caller’s locations with their lines and variances, over `from`–`to`; line values only for roles allowed `costs.read`.
         */
        get: operations["listCounts"];
        put?: never;
        /**
         * Post a cycle count
         * @description Sets on-hand stock to the counted quantities and books the differences. A count below the units reserved for orders is refused.
         */
        post: operations["postCount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/accuracy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inventory accuracy
         * @description Per location over `from`–`to`: 1 − Σ|variance| ÷ Σ counted.
         */
        get: operations["getInventoryAccuracy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transfers
         * @description Transfers from or to the caller’s locations, filtered by `from`, `to` and `status` (`status=requested&from=W1` is a source location’s approval inbox).
         */
        get: operations["listTransfers"];
        put?: never;
        /**
         * Request or reserve a transfer between locations
         * @description Staff of the sending location create a reserved transfer (stock is reserved at once); staff of the receiving location create a request the sender approves or rejects.
         */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a transfer
         * @description One transfer by id or number, with its lines and history.
         */
        get: operations["getTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a requested transfer
         * @description The sending location accepts the request: its stock is reserved.
         */
        post: operations["approveTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a transfer
         * @description Either side cancels a requested or reserved transfer; a reservation is released.
         */
        post: operations["cancelTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ship a transfer
         * @description The sending location ships the reserved units: they leave its stock and are in transit.
         */
        post: operations["shipTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a requested transfer
         * @description The sending location declines the request, with an optional reason.
         */
        post: operations["rejectTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a transfer
         * @description Staff of the destination (with `transfers.receive`) book what arrived; without lines, everything shipped. A shortfall is a discrepancy written off to inventory loss.
         */
        post: operations["receiveTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders
         * @description Orders the caller may see (those involving their locations), filtered by channel, fulfillment, status, location (a location outside the caller’s scope is 404), customer and `from`/`to` (when placed).
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Place an order
         * @description An order from any channel: a till sale (`carry_out`, completed at once), a pickup or a delivery. Stock is reserved at the sourcing location, or the order is backordered. Overriding a price needs a role allowed to.
         */
        post: operations["placeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote an order
         * @description What placing this order would charge — each line’s price, discount, tax and total, and the order’s totals — priced exactly as `POST /api/v1/orders` prices it, writing nothing. The till shows it before payment. Stock is not checked or reserved.
         */
        post: operations["quoteOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/fulfill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fulfil an order
         * @description Ships the reserved units (or hands them over at pickup): they leave stock and the sale is booked. A backordered order cannot be fulfilled yet.
         */
        post: operations["fulfillOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order
         * @description Cancels a reserved or backordered order, with an optional reason; its reservations are released.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an order
         * @description One order by id or number, with its lines, totals, tax and its timeline in `events`.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List returns
         * @description Returns the caller may see, filtered by order and location.
         */
        get: operations["listReturns"];
        put?: never;
        /**
         * Accept a return
         * @description Takes back units of any channel’s completed order at a store or warehouse (`restock` at their original cost, or `scrap`) and refunds their share of what the customer paid. More than was sold, counting earlier returns, is refused.
         */
        post: operations["acceptReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an order may still return
         * @description For any order of any channel, by id or number, whatever the caller’s locations: per line what was sold, returned and is left, what was paid and what returning the rest refunds. Only completed orders are `returnable`.
         */
        get: operations["getReturnEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a return
         * @description One return by id, with its lines and refund.
         */
        get: operations["getReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List vendors
         * @description Vendors by code, a page at a time.
         */
        get: operations["listVendors"];
        put?: never;
        /**
         * Create a vendor
         * @description A supplier under a unique code, with its payment terms, default lead time and contact.
         */
        post: operations["createVendor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a vendor
         * @description One vendor by code.
         */
        get: operations["getVendor"];
        put?: never;
        /**
         * Change a vendor
         * @description Changes the fields given; an inactive vendor (`active: false`) takes no new purchase orders.
         */
        post: operations["updateVendor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{code}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a vendor’s supplier info
         * @description The products the vendor supplies, with their supplier terms.
         */
        get: operations["listSupplierProducts"];
        put?: never;
        /**
         * Set a vendor’s supplier info for a product
         * @description The vendor’s SKU, unit cost, minimum order quantity, order multiple, lead time and whether it is the product’s preferred vendor (one per product), replacing what was set before.
         */
        post: operations["setSupplierProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reorder-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reorder rules
         * @description Reorder rules of the caller’s locations, filtered by location, SKU, source and trigger. Any role that reads stock may read them (they carry no cost).
         */
        get: operations["listReorderRules"];
        put?: never;
        /**
         * Set a reorder rule
         * @description Min/max replenishment of a product at a location, by purchase or by transfer from `sourceLocation` (a warehouse), triggered by the run (`auto`) or left to a buyer (`manual`); replaces the rule of that SKU and location if there is one.
         */
        post: operations["setReorderRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reorder-rule-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reorder rule templates
         * @description The templates by location kind.
         */
        get: operations["listReorderRuleTemplates"];
        put?: never;
        /**
         * Set a reorder rule template
         * @description The reorder rules a new location of a kind (`warehouse` or `store`) starts with.
         */
        post: operations["setReorderRuleTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchasing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the purchasing settings
         * @description Tolerances (over-receipt, bill quantity and price), demand window, lead times and how the replenishment run behaves.
         */
        get: operations["getPurchasingSettings"];
        put?: never;
        /**
         * Change the purchasing settings
         * @description Changes the settings given and leaves the others as they are.
         */
        post: operations["updatePurchasingSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List replenishment runs
         * @description Runs, newest first, with what each evaluated and created.
         */
        get: operations["listReplenishmentRuns"];
        put?: never;
        /**
         * Run replenishment now
         * @description Evaluates every active reorder rule now, as the nightly job does: stores’ needs become draft transfers, warehouses’ needs draft purchase orders submitted to the approval policies. Takes a JSON object (`{}` or `{ note }`). Needs a caller not limited to some locations.
         */
        post: operations["runReplenishment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List purchase proposals
         * @description Proposals of the caller’s locations, each with the stock position it was computed from, filtered by status, location, SKU, vendor and run.
         */
        get: operations["listReplenishmentProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/proposals/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn proposals into purchase orders
         * @description A buyer turns open proposals (of manual rules) into draft purchase orders, one per vendor and location.
         */
        post: operations["orderProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change an open proposal’s quantity
         * @description A buyer changes what an open proposal asks for before ordering it; the position and min/max it was computed from stay as they were. Audited with the quantity before and after.
         */
        post: operations["changeProposalQuantity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/proposals/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss proposals
         * @description A buyer dismisses open proposals, with a reason.
         */
        post: operations["dismissProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchasing/approval-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List approval policies
         * @description The policies with their ranges and steps.
         */
        get: operations["listApprovalPolicies"];
        put?: never;
        /**
         * Create an approval policy
         * @description Submitted purchase orders the policy matches (category, amount range; the first active one by priority) wait for its steps — a role or a user each, in order — to approve them; a policy without steps approves automatically. Every approver must hold `purchasing.approve`.
         */
        post: operations["createApprovalPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchasing/approvals/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Purchase orders waiting for my approval
         * @description Orders whose pending step waits for the caller (by user or role), oldest first, with `dueAt` and `overdue`.
         */
        get: operations["getApprovalInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List purchase orders
         * @description Purchase orders of the caller’s locations, newest first, filtered by status, vendor and location.
         */
        get: operations["listPurchaseOrders"];
        put?: never;
        /**
         * Create a purchase order
         * @description A draft order to an active vendor for a location; lines cost the vendor’s price unless `unitCost` is given.
         */
        post: operations["createPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a purchase order
         * @description One purchase order by id or number, with its lines (promised dates, received, billed) and its approval steps.
         */
        get: operations["getPurchaseOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a purchase order
         * @description A draft goes to the first step of the matching approval policy (`to_approve`), or is approved at once when the policy has no steps.
         */
        post: operations["submitPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a purchase order to the vendor
         * @description An approved order is sent to the vendor: each line’s promised date is the send date plus its lead time.
         */
        post: operations["sendPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a purchase order
         * @description Cancels a draft, waiting, approved or sent order (not once goods arrived), with an optional reason.
         */
        post: operations["cancelPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a purchase order
         * @description Closes the order, short if partly received, with an optional reason. Refused while received units are not billed.
         */
        post: operations["closePurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a purchase order’s current step
         * @description The approver of the pending step approves it, with an optional note; after the last step the order is `approved`. Anyone else is refused (403), and nobody but an admin decides two steps of one order.
         */
        post: operations["approvePurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a purchase order
         * @description The approver of the pending step rejects the order, with a required note; it returns to `draft`.
         */
        post: operations["rejectPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/transfer-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List draft transfers
         * @description Draft transfers of the replenishment runs from or to the caller’s locations.
         */
        get: operations["listTransferDrafts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/transfer-drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a draft transfer
         * @description One draft transfer by id or number, with its lines.
         */
        get: operations["getTransferDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/transfer-drafts/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a draft transfer
         * @description Staff of the draft’s locations turn it into an inventory transfer, optionally with changed lines and a note.
         */
        post: operations["approveTransferDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/replenishment/transfer-drafts/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a draft transfer
         * @description Staff of the draft’s locations dismiss it, with a note.
         */
        post: operations["dismissTransferDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List receipts
         * @description Receipts at the caller’s locations.
         */
        get: operations["listReceipts"];
        put?: never;
        /**
         * Receive goods against a purchase order
         * @description Receives goods of a sent or partially received order at its location: stock enters at the order’s unit cost and waiting backorders there are allocated. More than ordered beyond the over-receipt tolerance is refused with `over_receipt`.
         */
        post: operations["postReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a receipt
         * @description One receipt by id or number, with its lines.
         */
        get: operations["getReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List vendor bills
         * @description Bills of the caller’s locations.
         */
        get: operations["listVendorBills"];
        put?: never;
        /**
         * Post a vendor bill
         * @description Matches the bill three ways against the purchase order and what was received: a clean bill posts at once, otherwise it is `on_hold` with its exceptions. A vendor’s reference is billed once.
         */
        post: operations["postVendorBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-bills/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List three-way-match exceptions
         * @description Bills on hold with their quantity and price exceptions.
         */
        get: operations["listVendorBillExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-bills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a vendor bill
         * @description One bill by id or number, with its lines and exceptions.
         */
        get: operations["getVendorBill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-bills/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a bill on hold
         * @description Matches again against what has been received by then and accepts price differences, with an optional note; quantity still short is refused with `quantity_mismatch`.
         */
        post: operations["approveVendorBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-bills/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a bill on hold
         * @description Voids the bill and frees its reference, with a required note.
         */
        post: operations["rejectVendorBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landed-costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List landed costs
         * @description Landed costs, filtered by receipt.
         */
        get: operations["listLandedCosts"];
        put?: never;
        /**
         * Post a landed cost
         * @description Freight or duty spread over the receipts given, by value or quantity: the share of units still held is capitalized (the average cost moves), the rest expensed.
         */
        post: operations["postLandedCost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landed-costs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a landed cost
         * @description One landed cost by id or number, with how it was spread.
         */
        get: operations["getLandedCost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supplier-performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Supplier performance
         * @description Per vendor over `from`–`to` (default the last 90 days): OTIF, fill rate, actual and promised lead times, and price variance.
         */
        get: operations["getSupplierPerformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchasing/delayed-receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List delayed receipts
         * @description Lines of sent or partially received orders past their promised date with units outstanding, most overdue first, with `daysLate`.
         */
        get: operations["listDelayedReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the chart of accounts
         * @description Accounts by code, a page at a time; archived ones only with `includeArchived=true`.
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Create an account
         * @description An account with code, name, type and optional role (counted in that role’s sums, with no automatic postings). Codes starting `1010-` are reserved for store tills.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/accounts/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account
         * @description One account by code.
         */
        get: operations["getAccount"];
        put?: never;
        /**
         * Rename an account
         * @description Changes the account’s name; its code and type never change.
         */
        post: operations["renameAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/accounts/{code}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an account
         * @description An archived account takes no new entries and stays in the trial balance. Accounts that receive automatic postings cannot be archived.
         */
        post: operations["archiveAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trial balance
         * @description Every account (zero ones too) with debits, credits and balance over `from`–`to`, and the totals. JSON, or with `format=csv` a CSV export of the same rows.
         */
        get: operations["getTrialBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/journal-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List journal entries
         * @description Entries with their lines in posting order, filtered by `source` (such as `order:{id or number}`) and `from`/`to`.
         */
        get: operations["listJournalEntries"];
        put?: never;
        /**
         * Post a manual journal entry
         * @description An accrual, opening balance or correction: lines of exactly one of debit and credit each, balancing. Refused on or before the period lock date.
         */
        post: operations["postManualEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/journal-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a journal entry
         * @description One entry by id or JE number, with its lines.
         */
        get: operations["getJournalEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/journal-entries/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a journal entry
         * @description Posts the mirror entry today; an entry is reversed once, and a reversal is not reversed.
         */
        post: operations["reverseJournalEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/period-lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the period lock
         * @description The date up to which (inclusive) the books are closed, or null.
         */
        get: operations["getPeriodLock"];
        put?: never;
        /**
         * Set the period lock
         * @description Closes the books up to a date (or reopens them with null): any posting dated on or before it is refused with 409 `period_locked`.
         */
        post: operations["setPeriodLock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/reports/profit-and-loss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profit and loss
         * @description Income and expense accounts over `from`–`to`, gross profit and net income. JSON, or with `format=csv` a CSV export of the same rows.
         */
        get: operations["getProfitAndLoss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/reports/balance-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balance sheet
         * @description Assets, liabilities and equity (with current earnings) at the start and end of the range. JSON, or with `format=csv` a CSV export of the same rows.
         */
        get: operations["getBalanceSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/accounts/{code}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * General ledger of an account
         * @description The account’s postings over `from`–`to` with the balance brought forward and a running balance, paged. JSON, or with `format=csv` a CSV export of the same rows.
         */
        get: operations["getGeneralLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/reports/gross-margin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gross margin
         * @description Revenue less cost of goods sold by family, channel and/or location, margin in basis points. Store managers see their own stores only. JSON, or with `format=csv` a CSV export of the same rows.
         */
        get: operations["getGrossMargin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/reports/stock-valuation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock valuation
         * @description Quantity and value of stock per location (transit included) at a moment (`at`). JSON, or with `format=csv` a CSV export of the same rows.
         */
        get: operations["getStockValuation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/reports/tax": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tax report
         * @description Taxable sales and tax collected by jurisdiction and period (`interval` all, month or day). JSON, or with `format=csv` a CSV export of the same rows.
         */
        get: operations["getTaxReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/cash-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List till cash sessions
         * @description Sessions of the caller’s stores, filtered by location and status.
         */
        get: operations["listCashSessions"];
        put?: never;
        /**
         * Open a till cash session
         * @description Draws the float from the bank into the store’s till. One open session per till.
         */
        post: operations["openCashSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/cash-sessions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a till cash session
         * @description Counts the till: the difference from what was expected goes to cash over and short, and the counted cash is banked.
         */
        post: operations["closeCashSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/cash-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a till cash session
         * @description One session by id or number, with what the till expected and what was counted.
         */
        get: operations["getCashSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a payment provider settlement
         * @description A CSV of `date, reference, gross, fee, net` rows: each row matched to an order’s payment posts one entry; the others become reconciliation exceptions with a reason.
         */
        post: operations["importSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/reconciliation/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reconciliation exceptions
         * @description Settlement rows that matched no payment, with the reason, filtered by settlement.
         */
        get: operations["listReconciliationExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/tax/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tax jurisdictions
         * @description Tax jurisdictions with their locations and rule tables, by code.
         */
        get: operations["listTaxJurisdictions"];
        put?: never;
        /**
         * Create a tax jurisdiction
         * @description A jurisdiction with code, name and whether shelf prices include tax; its locations and tax rules are set afterwards.
         */
        post: operations["createTaxJurisdiction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/tax/jurisdictions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tax jurisdiction
         * @description One jurisdiction by code, with its locations and rules.
         */
        get: operations["getTaxJurisdiction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/tax/jurisdictions/{code}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a location to a tax jurisdiction
         * @description Sales at the location are taxed by this jurisdiction from now on (a location belongs to one jurisdiction).
         */
        post: operations["assignTaxJurisdiction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/tax/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a tax rule
         * @description Sets the rate of a tax category (a catalog category, or `*` for the jurisdiction’s standard rate) in a jurisdiction, replacing the rule there if there is one.
         */
        post: operations["setTaxRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounting/tax/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tax rate of a product at a location
         * @description The rate that applies to a sale of the SKU at the location, and the jurisdiction and rule it comes from.
         */
        get: operations["getTaxRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the exception queue
         * @description Exceptions at the caller’s locations (those of no location, e.g. settlements, only for unscoped users), earliest due first, filtered by `status` (`unresolved` = open or acknowledged), `kind`, `location` and `mine=true` (owned by the caller’s role or assigned to the caller). Items carry the contract’s fields plus `valueAtRisk` (minor units) and `owner` (role and location).
         */
        get: operations["listExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exceptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an exception
         * @description One exception; one at a location outside the caller’s is 404.
         */
        get: operations["getException"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exceptions/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an exception
         * @description Someone is on it: open → acknowledged. Audited.
         */
        post: operations["acknowledgeException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exceptions/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign an exception to a user
         * @description `user` is an id or an email. The user must be active, allowed to read exceptions and see the exception’s location (else 422 `assignee_not_eligible`). Audited.
         */
        post: operations["assignException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exceptions/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an exception with a note
         * @description Closes the exception with a note saying what was done; a resolved one is 409 `invalid_state`. The same cause seen again later raises a new exception. Audited.
         */
        post: operations["resolveException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exceptions/tolerances/{location}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A location’s stock discrepancy tolerance
         * @description Units and value per line beyond which a count or transfer receipt raises `stock_discrepancy`; `own: false` when the location uses the defaults.
         */
        get: operations["getExceptionTolerance"];
        /**
         * Set a location’s stock discrepancy tolerance
         * @description Replaces the location’s tolerance (administrators). Audited.
         */
        put: operations["setExceptionTolerance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exceptions/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the scheduled exception checks now
         * @description Runs the daily checks (delayed receipts, overdue transfers, overdue approvals, stockout risk) at once (administrators): each raises what it finds (refreshing what is already open) and resolves, with a note, the open exceptions of its kind whose cause has gone. Idempotent.
         */
        post: operations["runExceptionChecks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The KPI catalogue
         * @description Every KPI of the catalogue with its title, unit, the cuts it supports and whether it is computed yet (`available`).
         */
        get: operations["listKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpis/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One KPI for a period
         * @description The KPI over `from`–`to` (inclusive ISO dates; default the 30 days ending today; at most three years), cut `by` one of its cuts into rows keyed by the natural key (location code, channel, family, ISO date), with the `total` over everything the caller may see. Values are null where the denominator is zero. JSON, or with `format=csv` a CSV export of the same rows.
         */
        get: operations["getKpi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/digests/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s daily digest
         * @description The day’s digest for the caller’s role and locations (store managers, buyers, finance and administrators; other roles 403): the exceptions open that day that the caller may see and owns (administrators: all), ranked by value at risk; the three actions that matter most (the largest unresolved ones); KPI moves against the same weekday last week and the same day last year (store manager, finance, admin: net_sales, gross_margin, return_rate; buyer: fill_rate, otif, stockout_rate), `changePercent` null when the base is zero or missing. Every line has `text`, `why` and a `link` to its screen. `format=text` or `format=html` renders the same lines. A malformed date is 400, a day still to come 404.
         */
        get: operations["getDigest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller’s notifications
         * @description The caller’s own notifications (an exception raised that their role owns at a location they may see; an exception assigned to them), newest first; `unread=true` leaves out those read. `unread` in the response counts all the caller’s unread notifications.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Sets `readAt` (marking it again keeps the first time). Another user’s notification is 404.
         */
        post: operations["readNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all the caller’s notifications read
         * @description `marked`: how many were unread; `unread`: how many are left (0).
         */
        post: operations["readAllNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List anomaly findings
         * @description Findings of the daily anomaly checks (docs/anomalies.md) at the caller’s locations — those of no location (vendors, families) only for unscoped users — filtered by `kind`, `location` and `status` (default `open`), highest score first. Each carries the window, the figures it came from (observed, expected, unit, score against its threshold, value at risk, evidence) and a one-line reason. Return-rate anomalies are in the exception queue (`return_anomaly`).
         */
        get: operations["listAnomalies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/anomalies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an anomaly finding
         * @description One finding; one at a location outside the caller’s (or of no location, for a scoped caller) is 404.
         */
        get: operations["getAnomaly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/anomalies/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the anomaly checks now
         * @description Runs the daily anomaly checks at once (administrators) over the 28 days ending yesterday: stores what each finds (refreshing the open finding of the same kind and subject), raises return-rate anomalies as `return_anomaly` exceptions, and resolves what is no longer found. Idempotent; one run at a time.
         */
        post: operations["runAnomalyChecks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            errors?: {
                path: string;
                message: string;
            }[];
            lines?: {
                sku: string;
                requested: number;
                available: number;
            }[];
            line?: number;
            column?: number;
            offset?: number;
        } & {
            [key: string]: unknown;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            errors?: {
                path: string;
                message: string;
            }[];
            lines?: {
                sku: string;
                requested: number;
                available: number;
            }[];
            line?: number;
            column?: number;
            offset?: number;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        version: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `database_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                entity?: string;
                entityId?: string;
                actor?: string;
                action?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            at: string;
                            actor: {
                                id: string;
                                email: string;
                            };
                            action: string;
                            entity: string;
                            entityId: string;
                            entityNumber: string | null;
                            before: unknown;
                            after: unknown;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "store_manager" | "store_associate" | "warehouse_operator" | "buyer" | "finance" | "service_agent" | "analyst";
                            locations: string[];
                            active: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /** @enum {string} */
                    role: "admin" | "store_manager" | "store_associate" | "warehouse_operator" | "buyer" | "finance" | "service_agent" | "analyst";
                    locations?: string[];
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "store_manager" | "store_associate" | "warehouse_operator" | "buyer" | "finance" | "service_agent" | "analyst";
                        locations: string[];
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "store_manager" | "store_associate" | "warehouse_operator" | "buyer" | "finance" | "service_agent" | "analyst";
                        locations: string[];
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    role?: "admin" | "store_manager" | "store_associate" | "warehouse_operator" | "buyer" | "finance" | "service_agent" | "analyst";
                    locations?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "store_manager" | "store_associate" | "warehouse_operator" | "buyer" | "finance" | "service_agent" | "analyst";
                        locations: string[];
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `built_in_user`, `cannot_change_own_role` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "store_manager" | "store_associate" | "warehouse_operator" | "buyer" | "finance" | "service_agent" | "analyst";
                        locations: string[];
                        active: boolean;
                        permissions: string[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "store_manager" | "store_associate" | "warehouse_operator" | "buyer" | "finance" | "service_agent" | "analyst";
                        locations: string[];
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `built_in_user`, `cannot_deactivate_self` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "store_manager" | "store_associate" | "warehouse_operator" | "buyer" | "finance" | "service_agent" | "analyst";
                        locations: string[];
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `built_in_user` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `built_in_token` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `built_in_token` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `built_in_token` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLocations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                kind?: "warehouse" | "store" | "online";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            kind: string;
                            shipsToCustomers: boolean;
                            pickupPoint: boolean;
                            priority: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** @enum {string} */
                    kind: "warehouse" | "store" | "online";
                    shipsToCustomers?: boolean;
                    pickupPoint?: boolean;
                    priority?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        kind: string;
                        shipsToCustomers: boolean;
                        pickupPoint: boolean;
                        priority: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        kind: string;
                        shipsToCustomers: boolean;
                        pickupPoint: boolean;
                        priority: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        currency: string;
                        defaultTaxRate: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    currency?: string;
                    defaultTaxRate?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        currency: string;
                        defaultTaxRate: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                category?: string & (unknown & unknown);
                family?: string;
                style?: string;
                barcode?: string;
                barcodePrefix?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            sku: string;
                            name: string;
                            barcode: string | null;
                            category: string | null;
                            family: string | null;
                            style: string | null;
                            attributes: {
                                [key: string]: string;
                            };
                            unitOfMeasure: string;
                            cost?: number;
                            price: number;
                            taxRate: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    name: string & (unknown & unknown);
                    barcode?: string | null;
                    category?: (string & (unknown & unknown)) | null;
                    family?: string | null;
                    style?: string | null;
                    attributes?: {
                        size?: string & (unknown & unknown);
                        colour?: string & (unknown & unknown);
                    };
                    unitOfMeasure?: string & (unknown & unknown);
                    cost: number;
                    price: number;
                    taxRate?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sku: string;
                        name: string;
                        barcode: string | null;
                        category: string | null;
                        family: string | null;
                        style: string | null;
                        attributes: {
                            [key: string]: string;
                        };
                        unitOfMeasure: string;
                        cost?: number;
                        price: number;
                        taxRate: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProductByBarcode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                barcode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sku: string;
                        name: string;
                        barcode: string | null;
                        category: string | null;
                        family: string | null;
                        style: string | null;
                        attributes: {
                            [key: string]: string;
                        };
                        unitOfMeasure: string;
                        cost?: number;
                        price: number;
                        taxRate: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sku: string;
                        name: string;
                        barcode: string | null;
                        category: string | null;
                        family: string | null;
                        style: string | null;
                        attributes: {
                            [key: string]: string;
                        };
                        unitOfMeasure: string;
                        cost?: number;
                        price: number;
                        taxRate: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string & (unknown & unknown);
                    category?: (string & (unknown & unknown)) | null;
                    family?: string | null;
                    style?: string | null;
                    attributes?: {
                        size?: string & (unknown & unknown);
                        colour?: string & (unknown & unknown);
                    };
                    unitOfMeasure?: string & (unknown & unknown);
                    barcode?: string | null;
                    cost?: number;
                    price?: number;
                    taxRate?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sku: string;
                        name: string;
                        barcode: string | null;
                        category: string | null;
                        family: string | null;
                        style: string | null;
                        attributes: {
                            [key: string]: string;
                        };
                        unitOfMeasure: string;
                        cost?: number;
                        price: number;
                        taxRate: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdjustment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    location: string;
                    reason: string;
                    lines: {
                        sku: string;
                        delta: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        location: string;
                        reason: string;
                        lines: {
                            sku: string;
                            delta: number;
                            value: number;
                        }[];
                        createdAt: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `insufficient_stock`, `location_holds_no_stock`, `opening_balance_posted`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStockLevels: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sku?: string;
                location?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            sku: string;
                            location: string;
                            onHand: number;
                            reserved: number;
                            available: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStockAvailability: {
        parameters: {
            query: {
                sku: string;
                location?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sku: string;
                        name: string;
                        locations: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            kind: "warehouse" | "store";
                            available: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCounts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                location?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            location: string;
                            countedAt: string;
                            lines: {
                                sku: string;
                                counted: number;
                                onHandAtCount: number;
                                variance: number;
                                value?: number;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    location: string;
                    lines: {
                        sku: string;
                        counted: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        location: string;
                        countedAt: string;
                        lines: {
                            sku: string;
                            counted: number;
                            onHandAtCount: number;
                            variance: number;
                            value?: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `insufficient_stock`, `location_holds_no_stock`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInventoryAccuracy: {
        parameters: {
            query?: {
                location?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string | null;
                        to: string | null;
                        items: {
                            location: string;
                            countedUnits: number;
                            absoluteVariance: number;
                            countLines: number;
                            accuracyBasisPoints: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTransfers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                from?: string;
                to?: string;
                status?: "requested" | "reserved" | "in_transit" | "received" | "rejected" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            from: string;
                            to: string;
                            /** @enum {string} */
                            status: "requested" | "reserved" | "in_transit" | "received" | "rejected" | "cancelled";
                            note: string | null;
                            lines: {
                                sku: string;
                                quantity: number;
                                received: number | null;
                            }[];
                            discrepancies: {
                                sku: string;
                                quantity: number;
                            }[];
                            createdAt: string;
                            approvedAt: string | null;
                            shippedAt: string | null;
                            receivedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: string;
                    to: string;
                    lines: {
                        sku: string;
                        quantity: number;
                    }[];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "requested" | "reserved" | "in_transit" | "received" | "rejected" | "cancelled";
                        note: string | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            received: number | null;
                        }[];
                        discrepancies: {
                            sku: string;
                            quantity: number;
                        }[];
                        createdAt: string;
                        approvedAt: string | null;
                        shippedAt: string | null;
                        receivedAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `insufficient_stock`, `location_holds_no_stock` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "requested" | "reserved" | "in_transit" | "received" | "rejected" | "cancelled";
                        note: string | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            received: number | null;
                        }[];
                        discrepancies: {
                            sku: string;
                            quantity: number;
                        }[];
                        createdAt: string;
                        approvedAt: string | null;
                        shippedAt: string | null;
                        receivedAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "requested" | "reserved" | "in_transit" | "received" | "rejected" | "cancelled";
                        note: string | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            received: number | null;
                        }[];
                        discrepancies: {
                            sku: string;
                            quantity: number;
                        }[];
                        createdAt: string;
                        approvedAt: string | null;
                        shippedAt: string | null;
                        receivedAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `insufficient_stock` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "requested" | "reserved" | "in_transit" | "received" | "rejected" | "cancelled";
                        note: string | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            received: number | null;
                        }[];
                        discrepancies: {
                            sku: string;
                            quantity: number;
                        }[];
                        createdAt: string;
                        approvedAt: string | null;
                        shippedAt: string | null;
                        receivedAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    shipTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "requested" | "reserved" | "in_transit" | "received" | "rejected" | "cancelled";
                        note: string | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            received: number | null;
                        }[];
                        discrepancies: {
                            sku: string;
                            quantity: number;
                        }[];
                        createdAt: string;
                        approvedAt: string | null;
                        shippedAt: string | null;
                        receivedAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "requested" | "reserved" | "in_transit" | "received" | "rejected" | "cancelled";
                        note: string | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            received: number | null;
                        }[];
                        discrepancies: {
                            sku: string;
                            quantity: number;
                        }[];
                        createdAt: string;
                        approvedAt: string | null;
                        shippedAt: string | null;
                        receivedAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lines?: {
                        sku: string;
                        quantity: number;
                    }[];
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "requested" | "reserved" | "in_transit" | "received" | "rejected" | "cancelled";
                        note: string | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            received: number | null;
                        }[];
                        discrepancies: {
                            sku: string;
                            quantity: number;
                        }[];
                        createdAt: string;
                        approvedAt: string | null;
                        shippedAt: string | null;
                        receivedAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `receipt_exceeds_shipped`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                channel?: "store" | "web" | "marketplace";
                fulfillment?: "carry_out" | "ship" | "pickup";
                status?: "reserved" | "backordered" | "completed" | "cancelled";
                location?: string;
                customer?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            channel: "store" | "web" | "marketplace";
                            /** @enum {string} */
                            status: "reserved" | "backordered" | "completed" | "cancelled";
                            /** @enum {string} */
                            fulfillment: "carry_out" | "ship" | "pickup";
                            location: string | null;
                            pickupLocation: string | null;
                            customer: {
                                email: string;
                                name: string | null;
                            } | null;
                            lines: {
                                sku: string;
                                quantity: number;
                                unitPrice: number;
                                discount: number;
                                tax: number;
                                taxRate: number;
                            }[];
                            totals: {
                                subtotal: number;
                                discount: number;
                                tax: number;
                                total: number;
                            };
                            allocations: {
                                sku: string;
                                location: string;
                                quantity: number;
                                /** @enum {string} */
                                status: "reserved" | "fulfilled" | "released";
                            }[];
                            backorders: {
                                sku: string;
                                location: string | null;
                                quantity: number;
                            }[];
                            payment: {
                                /** @enum {string} */
                                method: "cash" | "card" | "store_credit" | "online";
                                amount: number;
                            };
                            placedAt: string;
                            completedAt: string | null;
                            cancelledAt: string | null;
                            events?: {
                                at: string;
                                type: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    placeOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "store" | "web" | "marketplace";
                    location?: string;
                    /** @enum {string} */
                    fulfillment: "carry_out" | "ship" | "pickup";
                    pickupLocation?: string;
                    customer?: {
                        /** Format: email */
                        email: string;
                        name?: string;
                    };
                    lines: {
                        sku: string;
                        quantity: number;
                        unitPrice?: number;
                    }[];
                    /** @enum {string} */
                    tender?: "cash" | "card" | "store_credit" | "online";
                    allowSplit?: boolean;
                    allowBackorder?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        channel: "store" | "web" | "marketplace";
                        /** @enum {string} */
                        status: "reserved" | "backordered" | "completed" | "cancelled";
                        /** @enum {string} */
                        fulfillment: "carry_out" | "ship" | "pickup";
                        location: string | null;
                        pickupLocation: string | null;
                        customer: {
                            email: string;
                            name: string | null;
                        } | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitPrice: number;
                            discount: number;
                            tax: number;
                            taxRate: number;
                        }[];
                        totals: {
                            subtotal: number;
                            discount: number;
                            tax: number;
                            total: number;
                        };
                        allocations: {
                            sku: string;
                            location: string;
                            quantity: number;
                            /** @enum {string} */
                            status: "reserved" | "fulfilled" | "released";
                        }[];
                        backorders: {
                            sku: string;
                            location: string | null;
                            quantity: number;
                        }[];
                        payment: {
                            /** @enum {string} */
                            method: "cash" | "card" | "store_credit" | "online";
                            amount: number;
                        };
                        placedAt: string;
                        completedAt: string | null;
                        cancelledAt: string | null;
                        events?: {
                            at: string;
                            type: string;
                            detail: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `insufficient_stock`, `location_not_eligible`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quoteOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "store" | "web" | "marketplace";
                    location?: string;
                    /** @enum {string} */
                    fulfillment: "carry_out" | "ship" | "pickup";
                    pickupLocation?: string;
                    customer?: {
                        /** Format: email */
                        email: string;
                        name?: string;
                    };
                    lines: {
                        sku: string;
                        quantity: number;
                        unitPrice?: number;
                    }[];
                    /** @enum {string} */
                    tender?: "cash" | "card" | "store_credit" | "online";
                    allowSplit?: boolean;
                    allowBackorder?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "store" | "web" | "marketplace";
                        /** @enum {string} */
                        fulfillment: "carry_out" | "ship" | "pickup";
                        location: string | null;
                        pickupLocation: string | null;
                        lines: {
                            sku: string;
                            name: string;
                            quantity: number;
                            unitPrice: number;
                            discount: number;
                            tax: number;
                            taxRate: number;
                            total: number;
                        }[];
                        totals: {
                            subtotal: number;
                            discount: number;
                            tax: number;
                            total: number;
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fulfillOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        channel: "store" | "web" | "marketplace";
                        /** @enum {string} */
                        status: "reserved" | "backordered" | "completed" | "cancelled";
                        /** @enum {string} */
                        fulfillment: "carry_out" | "ship" | "pickup";
                        location: string | null;
                        pickupLocation: string | null;
                        customer: {
                            email: string;
                            name: string | null;
                        } | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitPrice: number;
                            discount: number;
                            tax: number;
                            taxRate: number;
                        }[];
                        totals: {
                            subtotal: number;
                            discount: number;
                            tax: number;
                            total: number;
                        };
                        allocations: {
                            sku: string;
                            location: string;
                            quantity: number;
                            /** @enum {string} */
                            status: "reserved" | "fulfilled" | "released";
                        }[];
                        backorders: {
                            sku: string;
                            location: string | null;
                            quantity: number;
                        }[];
                        payment: {
                            /** @enum {string} */
                            method: "cash" | "card" | "store_credit" | "online";
                            amount: number;
                        };
                        placedAt: string;
                        completedAt: string | null;
                        cancelledAt: string | null;
                        events?: {
                            at: string;
                            type: string;
                            detail: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        channel: "store" | "web" | "marketplace";
                        /** @enum {string} */
                        status: "reserved" | "backordered" | "completed" | "cancelled";
                        /** @enum {string} */
                        fulfillment: "carry_out" | "ship" | "pickup";
                        location: string | null;
                        pickupLocation: string | null;
                        customer: {
                            email: string;
                            name: string | null;
                        } | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitPrice: number;
                            discount: number;
                            tax: number;
                            taxRate: number;
                        }[];
                        totals: {
                            subtotal: number;
                            discount: number;
                            tax: number;
                            total: number;
                        };
                        allocations: {
                            sku: string;
                            location: string;
                            quantity: number;
                            /** @enum {string} */
                            status: "reserved" | "fulfilled" | "released";
                        }[];
                        backorders: {
                            sku: string;
                            location: string | null;
                            quantity: number;
                        }[];
                        payment: {
                            /** @enum {string} */
                            method: "cash" | "card" | "store_credit" | "online";
                            amount: number;
                        };
                        placedAt: string;
                        completedAt: string | null;
                        cancelledAt: string | null;
                        events?: {
                            at: string;
                            type: string;
                            detail: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        channel: "store" | "web" | "marketplace";
                        /** @enum {string} */
                        status: "reserved" | "backordered" | "completed" | "cancelled";
                        /** @enum {string} */
                        fulfillment: "carry_out" | "ship" | "pickup";
                        location: string | null;
                        pickupLocation: string | null;
                        customer: {
                            email: string;
                            name: string | null;
                        } | null;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitPrice: number;
                            discount: number;
                            tax: number;
                            taxRate: number;
                        }[];
                        totals: {
                            subtotal: number;
                            discount: number;
                            tax: number;
                            total: number;
                        };
                        allocations: {
                            sku: string;
                            location: string;
                            quantity: number;
                            /** @enum {string} */
                            status: "reserved" | "fulfilled" | "released";
                        }[];
                        backorders: {
                            sku: string;
                            location: string | null;
                            quantity: number;
                        }[];
                        payment: {
                            /** @enum {string} */
                            method: "cash" | "card" | "store_credit" | "online";
                            amount: number;
                        };
                        placedAt: string;
                        completedAt: string | null;
                        cancelledAt: string | null;
                        events?: {
                            at: string;
                            type: string;
                            detail: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReturns: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                order?: string;
                location?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            order: string;
                            location: string;
                            lines: {
                                sku: string;
                                quantity: number;
                                reason: string;
                                /** @enum {string} */
                                disposition: "restock" | "scrap";
                                refund: number;
                            }[];
                            refund: {
                                amount: number;
                                method: string;
                            };
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    order: string;
                    location: string;
                    lines: {
                        sku: string;
                        quantity: number;
                        reason: string;
                        /** @enum {string} */
                        disposition: "restock" | "scrap";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        order: string;
                        location: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            reason: string;
                            /** @enum {string} */
                            disposition: "restock" | "scrap";
                            refund: number;
                        }[];
                        refund: {
                            amount: number;
                            method: string;
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `return_exceeds_sold`, `location_holds_no_stock`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReturnEligibility: {
        parameters: {
            query: {
                order: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: string;
                        channel: string;
                        status: string;
                        returnable: boolean;
                        lines: {
                            lineNo: number;
                            sku: string;
                            sold: number;
                            returned: number;
                            left: number;
                            paid: number;
                            unitPaid: number;
                            refundLeft: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        order: string;
                        location: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            reason: string;
                            /** @enum {string} */
                            disposition: "restock" | "scrap";
                            refund: number;
                        }[];
                        refund: {
                            amount: number;
                            method: string;
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVendors: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            paymentTermsDays: number;
                            leadTimeDays: number;
                            contact: {
                                name: string | null;
                                email: string | null;
                                phone: string | null;
                            };
                            active: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVendor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string & (unknown & unknown);
                    paymentTermsDays?: number;
                    leadTimeDays?: number;
                    contact?: {
                        name?: (string & (unknown & unknown)) | null;
                        email?: string | null;
                        phone?: (string & (unknown & unknown)) | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        paymentTermsDays: number;
                        leadTimeDays: number;
                        contact: {
                            name: string | null;
                            email: string | null;
                            phone: string | null;
                        };
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVendor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        paymentTermsDays: number;
                        leadTimeDays: number;
                        contact: {
                            name: string | null;
                            email: string | null;
                            phone: string | null;
                        };
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateVendor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string & (unknown & unknown);
                    paymentTermsDays?: number;
                    leadTimeDays?: number;
                    contact?: {
                        name?: (string & (unknown & unknown)) | null;
                        email?: string | null;
                        phone?: (string & (unknown & unknown)) | null;
                    };
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        paymentTermsDays: number;
                        leadTimeDays: number;
                        contact: {
                            name: string | null;
                            email: string | null;
                            phone: string | null;
                        };
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupplierProducts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sku?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            vendor: string;
                            sku: string;
                            vendorSku: string | null;
                            unitCost: number;
                            minOrderQuantity: number;
                            orderMultiple: number;
                            leadTimeDays: number;
                            preferred: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setSupplierProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    vendorSku?: (string & (unknown & unknown)) | null;
                    unitCost: number;
                    minOrderQuantity?: number;
                    orderMultiple?: number;
                    leadTimeDays?: number | null;
                    preferred?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        vendor: string;
                        sku: string;
                        vendorSku: string | null;
                        unitCost: number;
                        minOrderQuantity: number;
                        orderMultiple: number;
                        leadTimeDays: number;
                        preferred: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReorderRules: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                location?: string;
                sku?: string;
                source?: "purchase" | "transfer";
                trigger?: "auto" | "manual";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            sku: string;
                            location: string;
                            min: number;
                            max: number;
                            multiple: number;
                            /** @enum {string} */
                            trigger: "auto" | "manual";
                            /** @enum {string} */
                            source: "purchase" | "transfer";
                            sourceLocation: string | null;
                            leadTimeDays: number | null;
                            active: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setReorderRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    min: number;
                    max: number;
                    multiple?: number;
                    /** @enum {string} */
                    trigger?: "auto" | "manual";
                    /** @enum {string} */
                    source?: "purchase" | "transfer";
                    sourceLocation?: string;
                    location: string;
                    leadTimeDays?: number | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sku: string;
                        location: string;
                        min: number;
                        max: number;
                        multiple: number;
                        /** @enum {string} */
                        trigger: "auto" | "manual";
                        /** @enum {string} */
                        source: "purchase" | "transfer";
                        sourceLocation: string | null;
                        leadTimeDays: number | null;
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_source` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReorderRuleTemplates: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                locationKind?: "warehouse" | "store";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            sku: string;
                            min: number;
                            max: number;
                            multiple: number;
                            /** @enum {string} */
                            trigger: "auto" | "manual";
                            /** @enum {string} */
                            source: "purchase" | "transfer";
                            sourceLocation: string | null;
                            /** @enum {string} */
                            locationKind: "warehouse" | "store";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setReorderRuleTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    min: number;
                    max: number;
                    multiple?: number;
                    /** @enum {string} */
                    trigger?: "auto" | "manual";
                    /** @enum {string} */
                    source?: "purchase" | "transfer";
                    sourceLocation?: string;
                    /** @enum {string} */
                    locationKind: "warehouse" | "store";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sku: string;
                        min: number;
                        max: number;
                        multiple: number;
                        /** @enum {string} */
                        trigger: "auto" | "manual";
                        /** @enum {string} */
                        source: "purchase" | "transfer";
                        sourceLocation: string | null;
                        /** @enum {string} */
                        locationKind: "warehouse" | "store";
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchasingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        overReceiptTolerance: number;
                        billQuantityTolerance: number;
                        billPriceTolerance: number;
                        demandWindowDays: number;
                        transferLeadTimeDays: number;
                        submitRunOrders: boolean;
                        nightlyRunHourUtc: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePurchasingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    overReceiptTolerance?: number;
                    billQuantityTolerance?: number;
                    billPriceTolerance?: number;
                    demandWindowDays?: number;
                    transferLeadTimeDays?: number;
                    submitRunOrders?: boolean;
                    nightlyRunHourUtc?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        overReceiptTolerance: number;
                        billQuantityTolerance: number;
                        billPriceTolerance: number;
                        demandWindowDays: number;
                        transferLeadTimeDays: number;
                        submitRunOrders: boolean;
                        nightlyRunHourUtc: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReplenishmentRuns: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            startedAt: string;
                            durationMs: number;
                            rulesEvaluated: number;
                            proposalsCreated: number;
                            purchaseOrdersDrafted: number;
                            purchaseOrdersAutoApproved: number;
                            transfersDrafted: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runReplenishment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        startedAt: string;
                        durationMs: number;
                        rulesEvaluated: number;
                        proposalsCreated: number;
                        purchaseOrdersDrafted: number;
                        purchaseOrdersAutoApproved: number;
                        transfersDrafted: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReplenishmentProposals: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "open" | "drafted" | "ordered" | "dismissed";
                location?: string;
                sku?: string;
                vendor?: string;
                run?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            sku: string;
                            location: string;
                            /** @enum {string} */
                            source: "purchase" | "transfer";
                            sourceLocation: string | null;
                            vendor: string | null;
                            /** @enum {string} */
                            trigger: "auto" | "manual";
                            position: {
                                onHand: number;
                                reserved: number;
                                incoming: number;
                                outgoing: number;
                                demand: number;
                                projected: number;
                            };
                            min: number;
                            max: number;
                            quantity: number;
                            unitCost: number | null;
                            leadTimeDays: number;
                            /** @enum {string} */
                            status: "open" | "drafted" | "ordered" | "dismissed";
                            purchaseOrder: string | null;
                            transferDraft: string | null;
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    orderProposals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    proposals: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        purchaseOrders: string[];
                        transferDrafts: string[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `no_vendor` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeProposalQuantity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        runId: string;
                        sku: string;
                        location: string;
                        /** @enum {string} */
                        source: "purchase" | "transfer";
                        sourceLocation: string | null;
                        vendor: string | null;
                        /** @enum {string} */
                        trigger: "auto" | "manual";
                        position: {
                            onHand: number;
                            reserved: number;
                            incoming: number;
                            outgoing: number;
                            demand: number;
                            projected: number;
                        };
                        min: number;
                        max: number;
                        quantity: number;
                        unitCost: number | null;
                        leadTimeDays: number;
                        /** @enum {string} */
                        status: "open" | "drafted" | "ordered" | "dismissed";
                        purchaseOrder: string | null;
                        transferDraft: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dismissProposals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    proposals: string[];
                    reason?: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApprovalPolicies: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            priority: number;
                            category: string | null;
                            minAmount: number;
                            maxAmount: number | null;
                            steps: {
                                role: string | null;
                                user: string | null;
                            }[];
                            approvalHours: number | null;
                            active: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApprovalPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string & (unknown & unknown);
                    priority?: number;
                    category?: (string & (unknown & unknown)) | null;
                    minAmount?: number;
                    maxAmount?: number | null;
                    steps: ({
                        role: string;
                    } | {
                        user: string;
                    })[];
                    approvalHours?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        priority: number;
                        category: string | null;
                        minAmount: number;
                        maxAmount: number | null;
                        steps: {
                            role: string | null;
                            user: string | null;
                        }[];
                        approvalHours: number | null;
                        active: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `already_exists`, `approver_cannot_approve` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApprovalInbox: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            vendor: string;
                            location: string;
                            origin: string;
                            total: number;
                            lines: number;
                            approvalPolicy: string | null;
                            step: number;
                            approver: {
                                role: string | null;
                                user: string | null;
                            };
                            assignedAt: string;
                            dueAt: string | null;
                            overdue: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPurchaseOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                vendor?: string;
                location?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            vendor: string;
                            location: string;
                            /** @enum {string} */
                            status: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                            /** @enum {string} */
                            origin: "manual" | "replenishment";
                            total: number;
                            note: string | null;
                            approvalPolicy: string | null;
                            expectedAt: string;
                            lines: {
                                sku: string;
                                quantity: number;
                                unitCost: number;
                                amount: number;
                                received: number;
                                billed: number;
                                leadTimeDays: number;
                                expectedAt: string;
                            }[];
                            approvals: {
                                step: number;
                                approver: {
                                    role: string | null;
                                    user: string | null;
                                };
                                status: string;
                                dueAt: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                note: string | null;
                            }[];
                            createdAt: string;
                            submittedAt: string | null;
                            approvedAt: string | null;
                            sentAt: string | null;
                            receivedAt: string | null;
                            billedAt: string | null;
                            closedAt: string | null;
                            cancelledAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    vendor: string;
                    location: string;
                    lines: {
                        sku: string;
                        quantity: number;
                        unitCost?: number;
                    }[];
                    note?: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        location: string;
                        /** @enum {string} */
                        status: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                        /** @enum {string} */
                        origin: "manual" | "replenishment";
                        total: number;
                        note: string | null;
                        approvalPolicy: string | null;
                        expectedAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            received: number;
                            billed: number;
                            leadTimeDays: number;
                            expectedAt: string;
                        }[];
                        approvals: {
                            step: number;
                            approver: {
                                role: string | null;
                                user: string | null;
                            };
                            status: string;
                            dueAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        }[];
                        createdAt: string;
                        submittedAt: string | null;
                        approvedAt: string | null;
                        sentAt: string | null;
                        receivedAt: string | null;
                        billedAt: string | null;
                        closedAt: string | null;
                        cancelledAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `vendor_inactive` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        location: string;
                        /** @enum {string} */
                        status: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                        /** @enum {string} */
                        origin: "manual" | "replenishment";
                        total: number;
                        note: string | null;
                        approvalPolicy: string | null;
                        expectedAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            received: number;
                            billed: number;
                            leadTimeDays: number;
                            expectedAt: string;
                        }[];
                        approvals: {
                            step: number;
                            approver: {
                                role: string | null;
                                user: string | null;
                            };
                            status: string;
                            dueAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        }[];
                        createdAt: string;
                        submittedAt: string | null;
                        approvedAt: string | null;
                        sentAt: string | null;
                        receivedAt: string | null;
                        billedAt: string | null;
                        closedAt: string | null;
                        cancelledAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        location: string;
                        /** @enum {string} */
                        status: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                        /** @enum {string} */
                        origin: "manual" | "replenishment";
                        total: number;
                        note: string | null;
                        approvalPolicy: string | null;
                        expectedAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            received: number;
                            billed: number;
                            leadTimeDays: number;
                            expectedAt: string;
                        }[];
                        approvals: {
                            step: number;
                            approver: {
                                role: string | null;
                                user: string | null;
                            };
                            status: string;
                            dueAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        }[];
                        createdAt: string;
                        submittedAt: string | null;
                        approvedAt: string | null;
                        sentAt: string | null;
                        receivedAt: string | null;
                        billedAt: string | null;
                        closedAt: string | null;
                        cancelledAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        location: string;
                        /** @enum {string} */
                        status: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                        /** @enum {string} */
                        origin: "manual" | "replenishment";
                        total: number;
                        note: string | null;
                        approvalPolicy: string | null;
                        expectedAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            received: number;
                            billed: number;
                            leadTimeDays: number;
                            expectedAt: string;
                        }[];
                        approvals: {
                            step: number;
                            approver: {
                                role: string | null;
                                user: string | null;
                            };
                            status: string;
                            dueAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        }[];
                        createdAt: string;
                        submittedAt: string | null;
                        approvedAt: string | null;
                        sentAt: string | null;
                        receivedAt: string | null;
                        billedAt: string | null;
                        closedAt: string | null;
                        cancelledAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string & (unknown & unknown);
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        location: string;
                        /** @enum {string} */
                        status: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                        /** @enum {string} */
                        origin: "manual" | "replenishment";
                        total: number;
                        note: string | null;
                        approvalPolicy: string | null;
                        expectedAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            received: number;
                            billed: number;
                            leadTimeDays: number;
                            expectedAt: string;
                        }[];
                        approvals: {
                            step: number;
                            approver: {
                                role: string | null;
                                user: string | null;
                            };
                            status: string;
                            dueAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        }[];
                        createdAt: string;
                        submittedAt: string | null;
                        approvedAt: string | null;
                        sentAt: string | null;
                        receivedAt: string | null;
                        billedAt: string | null;
                        closedAt: string | null;
                        cancelledAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closePurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string & (unknown & unknown);
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        location: string;
                        /** @enum {string} */
                        status: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                        /** @enum {string} */
                        origin: "manual" | "replenishment";
                        total: number;
                        note: string | null;
                        approvalPolicy: string | null;
                        expectedAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            received: number;
                            billed: number;
                            leadTimeDays: number;
                            expectedAt: string;
                        }[];
                        approvals: {
                            step: number;
                            approver: {
                                role: string | null;
                                user: string | null;
                            };
                            status: string;
                            dueAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        }[];
                        createdAt: string;
                        submittedAt: string | null;
                        approvedAt: string | null;
                        sentAt: string | null;
                        receivedAt: string | null;
                        billedAt: string | null;
                        closedAt: string | null;
                        cancelledAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `unbilled_receipts` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approvePurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string & (unknown & unknown);
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        location: string;
                        /** @enum {string} */
                        status: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                        /** @enum {string} */
                        origin: "manual" | "replenishment";
                        total: number;
                        note: string | null;
                        approvalPolicy: string | null;
                        expectedAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            received: number;
                            billed: number;
                            leadTimeDays: number;
                            expectedAt: string;
                        }[];
                        approvals: {
                            step: number;
                            approver: {
                                role: string | null;
                                user: string | null;
                            };
                            status: string;
                            dueAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        }[];
                        createdAt: string;
                        submittedAt: string | null;
                        approvedAt: string | null;
                        sentAt: string | null;
                        receivedAt: string | null;
                        billedAt: string | null;
                        closedAt: string | null;
                        cancelledAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectPurchaseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        location: string;
                        /** @enum {string} */
                        status: "draft" | "to_approve" | "approved" | "sent" | "partially_received" | "received" | "billed" | "closed" | "cancelled";
                        /** @enum {string} */
                        origin: "manual" | "replenishment";
                        total: number;
                        note: string | null;
                        approvalPolicy: string | null;
                        expectedAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            received: number;
                            billed: number;
                            leadTimeDays: number;
                            expectedAt: string;
                        }[];
                        approvals: {
                            step: number;
                            approver: {
                                role: string | null;
                                user: string | null;
                            };
                            status: string;
                            dueAt: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            note: string | null;
                        }[];
                        createdAt: string;
                        submittedAt: string | null;
                        approvedAt: string | null;
                        sentAt: string | null;
                        receivedAt: string | null;
                        billedAt: string | null;
                        closedAt: string | null;
                        cancelledAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTransferDrafts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                from?: string;
                to?: string;
                status?: "draft" | "approved" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            from: string;
                            to: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "dismissed";
                            lines: {
                                sku: string;
                                quantity: number;
                            }[];
                            transfer: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            note: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTransferDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "draft" | "approved" | "dismissed";
                        lines: {
                            sku: string;
                            quantity: number;
                        }[];
                        transfer: string | null;
                        createdAt: string;
                        decidedAt: string | null;
                        decidedBy: string | null;
                        note: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveTransferDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lines?: {
                        sku: string;
                        quantity: number;
                    }[];
                    note?: string & (unknown & unknown);
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "draft" | "approved" | "dismissed";
                        lines: {
                            sku: string;
                            quantity: number;
                        }[];
                        transfer: string | null;
                        createdAt: string;
                        decidedAt: string | null;
                        decidedBy: string | null;
                        note: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `insufficient_stock` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dismissTransferDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        from: string;
                        to: string;
                        /** @enum {string} */
                        status: "draft" | "approved" | "dismissed";
                        lines: {
                            sku: string;
                            quantity: number;
                        }[];
                        transfer: string | null;
                        createdAt: string;
                        decidedAt: string | null;
                        decidedBy: string | null;
                        note: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReceipts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                purchaseOrder?: string;
                location?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            purchaseOrder: string;
                            vendor: string;
                            location: string;
                            value: number;
                            landedCost: number;
                            lines: {
                                sku: string;
                                quantity: number;
                                unitCost: number;
                                value: number;
                                landedCost: number;
                            }[];
                            receivedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    purchaseOrder: string;
                    location?: string;
                    lines: {
                        sku: string;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        purchaseOrder: string;
                        vendor: string;
                        location: string;
                        value: number;
                        landedCost: number;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            value: number;
                            landedCost: number;
                        }[];
                        receivedAt: string;
                        purchaseOrderStatus: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `location_mismatch`, `over_receipt`, `location_holds_no_stock`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        purchaseOrder: string;
                        vendor: string;
                        location: string;
                        value: number;
                        landedCost: number;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            value: number;
                            landedCost: number;
                        }[];
                        receivedAt: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVendorBills: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "posted" | "on_hold" | "rejected";
                vendor?: string;
                purchaseOrder?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            vendor: string;
                            purchaseOrder: string;
                            reference: string;
                            /** @enum {string} */
                            status: "posted" | "on_hold" | "rejected";
                            subtotal: number;
                            tax: number;
                            total: number;
                            receivedValue: number;
                            priceVariance: number;
                            dueAt: string;
                            lines: {
                                sku: string;
                                quantity: number;
                                unitCost: number;
                                amount: number;
                                ordered: number;
                                received: number;
                                billedBefore: number;
                                orderUnitCost: number;
                                receivedValue: number;
                            }[];
                            exceptions: {
                                sku: string;
                                /** @enum {string} */
                                kind: "quantity" | "price";
                                expected: number;
                                actual: number;
                                status: string;
                            }[];
                            createdAt: string;
                            postedAt: string | null;
                            decisionNote: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postVendorBill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    purchaseOrder: string;
                    reference: string & (unknown & unknown);
                    lines: {
                        sku: string;
                        quantity: number;
                        unitCost: number;
                    }[];
                    tax?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        purchaseOrder: string;
                        reference: string;
                        /** @enum {string} */
                        status: "posted" | "on_hold" | "rejected";
                        subtotal: number;
                        tax: number;
                        total: number;
                        receivedValue: number;
                        priceVariance: number;
                        dueAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            ordered: number;
                            received: number;
                            billedBefore: number;
                            orderUnitCost: number;
                            receivedValue: number;
                        }[];
                        exceptions: {
                            sku: string;
                            /** @enum {string} */
                            kind: "quantity" | "price";
                            expected: number;
                            actual: number;
                            status: string;
                        }[];
                        createdAt: string;
                        postedAt: string | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `already_exists`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVendorBillExceptions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                vendor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            sku: string;
                            /** @enum {string} */
                            kind: "quantity" | "price";
                            expected: number;
                            actual: number;
                            status: string;
                            bill: string;
                            /** Format: uuid */
                            billId: string;
                            vendor: string;
                            purchaseOrder: string;
                            reference: string;
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVendorBill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        purchaseOrder: string;
                        reference: string;
                        /** @enum {string} */
                        status: "posted" | "on_hold" | "rejected";
                        subtotal: number;
                        tax: number;
                        total: number;
                        receivedValue: number;
                        priceVariance: number;
                        dueAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            ordered: number;
                            received: number;
                            billedBefore: number;
                            orderUnitCost: number;
                            receivedValue: number;
                        }[];
                        exceptions: {
                            sku: string;
                            /** @enum {string} */
                            kind: "quantity" | "price";
                            expected: number;
                            actual: number;
                            status: string;
                        }[];
                        createdAt: string;
                        postedAt: string | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveVendorBill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string & (unknown & unknown);
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        purchaseOrder: string;
                        reference: string;
                        /** @enum {string} */
                        status: "posted" | "on_hold" | "rejected";
                        subtotal: number;
                        tax: number;
                        total: number;
                        receivedValue: number;
                        priceVariance: number;
                        dueAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            ordered: number;
                            received: number;
                            billedBefore: number;
                            orderUnitCost: number;
                            receivedValue: number;
                        }[];
                        exceptions: {
                            sku: string;
                            /** @enum {string} */
                            kind: "quantity" | "price";
                            expected: number;
                            actual: number;
                            status: string;
                        }[];
                        createdAt: string;
                        postedAt: string | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `quantity_mismatch`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectVendorBill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        vendor: string;
                        purchaseOrder: string;
                        reference: string;
                        /** @enum {string} */
                        status: "posted" | "on_hold" | "rejected";
                        subtotal: number;
                        tax: number;
                        total: number;
                        receivedValue: number;
                        priceVariance: number;
                        dueAt: string;
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                            amount: number;
                            ordered: number;
                            received: number;
                            billedBefore: number;
                            orderUnitCost: number;
                            receivedValue: number;
                        }[];
                        exceptions: {
                            sku: string;
                            /** @enum {string} */
                            kind: "quantity" | "price";
                            expected: number;
                            actual: number;
                            status: string;
                        }[];
                        createdAt: string;
                        postedAt: string | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLandedCosts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                receipt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "freight" | "duty";
                            /** @enum {string} */
                            allocation: "value" | "quantity";
                            amount: number;
                            capitalized: number;
                            expensed: number;
                            vendor: string | null;
                            reference: string | null;
                            lines: {
                                receipt: string;
                                sku: string;
                                allocated: number;
                                capitalized: number;
                                expensed: number;
                            }[];
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLandedCost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    receipts: string[];
                    amount: number;
                    /** @enum {string} */
                    kind: "freight" | "duty";
                    /** @enum {string} */
                    allocation: "value" | "quantity";
                    vendor?: string;
                    reference?: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        kind: "freight" | "duty";
                        /** @enum {string} */
                        allocation: "value" | "quantity";
                        amount: number;
                        capitalized: number;
                        expensed: number;
                        vendor: string | null;
                        reference: string | null;
                        lines: {
                            receipt: string;
                            sku: string;
                            allocated: number;
                            capitalized: number;
                            expensed: number;
                        }[];
                        createdAt: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLandedCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** @enum {string} */
                        kind: "freight" | "duty";
                        /** @enum {string} */
                        allocation: "value" | "quantity";
                        amount: number;
                        capitalized: number;
                        expensed: number;
                        vendor: string | null;
                        reference: string | null;
                        lines: {
                            receipt: string;
                            sku: string;
                            allocated: number;
                            capitalized: number;
                            expensed: number;
                        }[];
                        createdAt: string;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupplierPerformance: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                vendor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        items: {
                            vendor: string;
                            name: string;
                            linesDue: number;
                            linesOnTimeInFull: number;
                            otifBasisPoints: number | null;
                            unitsOrdered: number;
                            unitsReceived: number;
                            fillRateBasisPoints: number | null;
                            leadTimeDays: {
                                receiptLines: number;
                                actualMean: number | null;
                                actualP90: number | null;
                                promisedMean: number | null;
                                varianceMean: number | null;
                                varianceP90: number | null;
                            };
                            bills: number;
                            priceVariance: number;
                            priceVarianceBasisPoints: number | null;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDelayedReceipts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                vendor?: string;
                location?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            purchaseOrder: string;
                            vendor: string;
                            location: string;
                            sku: string;
                            ordered: number;
                            received: number;
                            outstanding: number;
                            sentAt: string;
                            expectedAt: string;
                            daysLate: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                includeArchived?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            purpose: ("cash_till" | "card_clearing" | "online_clearing" | "store_credit" | "bank" | "inventory" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "tax_payable" | "landed_cost_clearing" | "revenue_store" | "revenue_web" | "revenue_marketplace" | "sales_returns" | "inventory_gain" | "cogs" | "inventory_loss" | "purchase_price_variance" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            location: string | null;
                            archived: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string & (unknown & unknown);
                    /** @enum {string} */
                    type: "asset" | "liability" | "equity" | "income" | "expense";
                    role?: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        type: "asset" | "liability" | "equity" | "income" | "expense";
                        role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                        purpose: ("cash_till" | "card_clearing" | "online_clearing" | "store_credit" | "bank" | "inventory" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "tax_payable" | "landed_cost_clearing" | "revenue_store" | "revenue_web" | "revenue_marketplace" | "sales_returns" | "inventory_gain" | "cogs" | "inventory_loss" | "purchase_price_variance" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                        location: string | null;
                        archived: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        type: "asset" | "liability" | "equity" | "income" | "expense";
                        role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                        purpose: ("cash_till" | "card_clearing" | "online_clearing" | "store_credit" | "bank" | "inventory" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "tax_payable" | "landed_cost_clearing" | "revenue_store" | "revenue_web" | "revenue_marketplace" | "sales_returns" | "inventory_gain" | "cogs" | "inventory_loss" | "purchase_price_variance" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                        location: string | null;
                        archived: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renameAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        type: "asset" | "liability" | "equity" | "income" | "expense";
                        role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                        purpose: ("cash_till" | "card_clearing" | "online_clearing" | "store_credit" | "bank" | "inventory" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "tax_payable" | "landed_cost_clearing" | "revenue_store" | "revenue_web" | "revenue_marketplace" | "sales_returns" | "inventory_gain" | "cogs" | "inventory_loss" | "purchase_price_variance" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                        location: string | null;
                        archived: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        type: "asset" | "liability" | "equity" | "income" | "expense";
                        role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                        purpose: ("cash_till" | "card_clearing" | "online_clearing" | "store_credit" | "bank" | "inventory" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "tax_payable" | "landed_cost_clearing" | "revenue_store" | "revenue_web" | "revenue_marketplace" | "sales_returns" | "inventory_gain" | "cogs" | "inventory_loss" | "purchase_price_variance" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                        location: string | null;
                        archived: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `account_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTrialBalance: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string | null;
                        to: string | null;
                        accounts: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            debit: number;
                            credit: number;
                            balance: number;
                        }[];
                        totals: {
                            debit: number;
                            credit: number;
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJournalEntries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                from?: string;
                to?: string;
                source?: string;
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            date: string;
                            source: string;
                            description: string;
                            lines: {
                                account: string;
                                name: string;
                                role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                                debit: number;
                                credit: number;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postManualEntry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string & (unknown & unknown);
                    lines: {
                        account: string;
                        debit?: number;
                        credit?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        date: string;
                        source: string;
                        description: string;
                        lines: {
                            account: string;
                            name: string;
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            debit: number;
                            credit: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJournalEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        date: string;
                        source: string;
                        description: string;
                        lines: {
                            account: string;
                            name: string;
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            debit: number;
                            credit: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reverseJournalEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        date: string;
                        source: string;
                        description: string;
                        lines: {
                            account: string;
                            name: string;
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            debit: number;
                            credit: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `already_reversed`, `invalid_state`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeriodLock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lockDate: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPeriodLock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lockDate: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lockDate: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProfitAndLoss: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string | null;
                        to: string | null;
                        income: {
                            code: string;
                            name: string;
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            amount: number;
                        }[];
                        expenses: {
                            code: string;
                            name: string;
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            amount: number;
                        }[];
                        totals: {
                            income: number;
                            expenses: number;
                            grossProfit: number;
                            netIncome: number;
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBalanceSheet: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string | null;
                        to: string | null;
                        assets: {
                            code: string;
                            name: string;
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            opening: number;
                            closing: number;
                        }[];
                        liabilities: {
                            code: string;
                            name: string;
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            opening: number;
                            closing: number;
                        }[];
                        equity: {
                            code: string;
                            name: string;
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            opening: number;
                            closing: number;
                        }[];
                        totals: {
                            assets: number;
                            liabilities: number;
                            equity: number;
                            liabilitiesAndEquity: number;
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGeneralLedger: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                from?: string;
                to?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string | null;
                        to: string | null;
                        account: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            role: ("inventory" | "revenue" | "tax_payable" | "cogs" | "customer_payments" | "inventory_loss" | "inventory_gain" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "purchase_price_variance" | "landed_cost_clearing" | "bank" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            purpose: ("cash_till" | "card_clearing" | "online_clearing" | "store_credit" | "bank" | "inventory" | "customer_deposits" | "accounts_payable" | "goods_received_not_invoiced" | "tax_payable" | "landed_cost_clearing" | "revenue_store" | "revenue_web" | "revenue_marketplace" | "sales_returns" | "inventory_gain" | "cogs" | "inventory_loss" | "purchase_price_variance" | "payment_fees" | "cash_over_short" | "tax_recoverable" | "opening_balance") | null;
                            location: string | null;
                            archived: boolean;
                        };
                        openingBalance: number;
                        items: {
                            entry: string;
                            number: string;
                            date: string;
                            source: string;
                            description: string;
                            debit: number;
                            credit: number;
                            balance: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGrossMargin: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                format?: "json" | "csv";
                location?: string;
                by?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string | null;
                        to: string | null;
                        by: ("family" | "channel" | "location")[];
                        items: {
                            family?: string | null;
                            channel?: string | null;
                            location?: string | null;
                            revenue: number;
                            cogs: number;
                            grossMargin: number;
                            marginBasisPoints: number | null;
                        }[];
                        totals: {
                            revenue: number;
                            cogs: number;
                            grossMargin: number;
                            marginBasisPoints: number | null;
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStockValuation: {
        parameters: {
            query?: {
                at?: string;
                location?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        items: {
                            location: string;
                            kind: string;
                            quantity: number;
                            value: number;
                        }[];
                        total: {
                            quantity: number;
                            value: number;
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTaxReport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                format?: "json" | "csv";
                interval?: "all" | "month" | "day";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string | null;
                        to: string | null;
                        items: {
                            jurisdiction: string | null;
                            name: string | null;
                            period: string | null;
                            taxableSales: number;
                            tax: number;
                        }[];
                        totals: {
                            taxableSales: number;
                            tax: number;
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCashSessions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                location?: string;
                status?: "open" | "closed";
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            location: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            float: number;
                            openedAt: string;
                            closedAt: string | null;
                            expected: number | null;
                            counted: number | null;
                            difference: number | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openCashSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    location: string;
                    float: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        location: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        float: number;
                        openedAt: string;
                        closedAt: string | null;
                        expected: number | null;
                        counted: number | null;
                        difference: number | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `not_a_store`, `cash_session_open`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeCashSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    counted: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        location: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        float: number;
                        openedAt: string;
                        closedAt: string | null;
                        expected: number | null;
                        counted: number | null;
                        difference: number | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCashSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        location: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        float: number;
                        openedAt: string;
                        closedAt: string | null;
                        expected: number | null;
                        counted: number | null;
                        difference: number | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importSettlement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                    filename?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        filename: string | null;
                        rows: number;
                        matched: number;
                        entry: string | null;
                        exceptions: {
                            row: number;
                            date: string;
                            reference: string;
                            gross: number | null;
                            fee: number | null;
                            net: number | null;
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `period_locked` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReconciliationExceptions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                settlement?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            settlement: string;
                            row: number;
                            importedAt: string;
                            date: string;
                            reference: string;
                            gross: number | null;
                            fee: number | null;
                            net: number | null;
                            reason: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTaxJurisdictions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            pricesIncludeTax: boolean;
                            locations: string[];
                            rules: {
                                taxCategory: string;
                                rate: number;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTaxJurisdiction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string & (unknown & unknown);
                    pricesIncludeTax?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        pricesIncludeTax: boolean;
                        locations: string[];
                        rules: {
                            taxCategory: string;
                            rate: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `already_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTaxJurisdiction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        pricesIncludeTax: boolean;
                        locations: string[];
                        rules: {
                            taxCategory: string;
                            rate: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignTaxJurisdiction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    location: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        pricesIncludeTax: boolean;
                        locations: string[];
                        rules: {
                            taxCategory: string;
                            rate: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setTaxRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    jurisdiction: string;
                    taxCategory: string;
                    rate: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        pricesIncludeTax: boolean;
                        locations: string[];
                        rules: {
                            taxCategory: string;
                            rate: number;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTaxRate: {
        parameters: {
            query: {
                location: string;
                sku: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sku: string;
                        location: string;
                        jurisdiction: string | null;
                        taxCategory: string | null;
                        rate: number;
                        pricesIncludeTax: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExceptions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "open" | "acknowledged" | "resolved" | "unresolved";
                kind?: "stock_discrepancy" | "delayed_receipt" | "transfer_overdue" | "bill_mismatch" | "settlement_unmatched" | "integration_failed" | "return_anomaly" | "negative_margin_sale" | "stockout_risk" | "approval_overdue";
                location?: string;
                mine?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "stock_discrepancy" | "delayed_receipt" | "transfer_overdue" | "bill_mismatch" | "settlement_unmatched" | "integration_failed" | "return_anomaly" | "negative_margin_sale" | "stockout_risk" | "approval_overdue";
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            location: string | null;
                            subject: {
                                type: string;
                                id: string;
                            };
                            summary: string;
                            detectedAt: string;
                            lastDetectedAt: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "resolved";
                            assignee: string | null;
                            dueAt: string;
                            valueAtRisk: number;
                            owner: {
                                role: string;
                                location: string | null;
                            };
                            acknowledgedAt: string | null;
                            resolvedAt: string | null;
                            resolutionNote: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "stock_discrepancy" | "delayed_receipt" | "transfer_overdue" | "bill_mismatch" | "settlement_unmatched" | "integration_failed" | "return_anomaly" | "negative_margin_sale" | "stockout_risk" | "approval_overdue";
                        /** @enum {string} */
                        severity: "low" | "medium" | "high";
                        location: string | null;
                        subject: {
                            type: string;
                            id: string;
                        };
                        summary: string;
                        detectedAt: string;
                        lastDetectedAt: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "resolved";
                        assignee: string | null;
                        dueAt: string;
                        valueAtRisk: number;
                        owner: {
                            role: string;
                            location: string | null;
                        };
                        acknowledgedAt: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "stock_discrepancy" | "delayed_receipt" | "transfer_overdue" | "bill_mismatch" | "settlement_unmatched" | "integration_failed" | "return_anomaly" | "negative_margin_sale" | "stockout_risk" | "approval_overdue";
                        /** @enum {string} */
                        severity: "low" | "medium" | "high";
                        location: string | null;
                        subject: {
                            type: string;
                            id: string;
                        };
                        summary: string;
                        detectedAt: string;
                        lastDetectedAt: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "resolved";
                        assignee: string | null;
                        dueAt: string;
                        valueAtRisk: number;
                        owner: {
                            role: string;
                            location: string | null;
                        };
                        acknowledgedAt: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "stock_discrepancy" | "delayed_receipt" | "transfer_overdue" | "bill_mismatch" | "settlement_unmatched" | "integration_failed" | "return_anomaly" | "negative_margin_sale" | "stockout_risk" | "approval_overdue";
                        /** @enum {string} */
                        severity: "low" | "medium" | "high";
                        location: string | null;
                        subject: {
                            type: string;
                            id: string;
                        };
                        summary: string;
                        detectedAt: string;
                        lastDetectedAt: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "resolved";
                        assignee: string | null;
                        dueAt: string;
                        valueAtRisk: number;
                        owner: {
                            role: string;
                            location: string | null;
                        };
                        acknowledgedAt: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unknown_reference`, `assignee_not_eligible` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "stock_discrepancy" | "delayed_receipt" | "transfer_overdue" | "bill_mismatch" | "settlement_unmatched" | "integration_failed" | "return_anomaly" | "negative_margin_sale" | "stockout_risk" | "approval_overdue";
                        /** @enum {string} */
                        severity: "low" | "medium" | "high";
                        location: string | null;
                        subject: {
                            type: string;
                            id: string;
                        };
                        summary: string;
                        detectedAt: string;
                        lastDetectedAt: string;
                        /** @enum {string} */
                        status: "open" | "acknowledged" | "resolved";
                        assignee: string | null;
                        dueAt: string;
                        valueAtRisk: number;
                        owner: {
                            role: string;
                            location: string | null;
                        };
                        acknowledgedAt: string | null;
                        resolvedAt: string | null;
                        resolutionNote: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused`, `invalid_state` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExceptionTolerance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                location: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        location: string;
                        units: number;
                        value: number;
                        own: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setExceptionTolerance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                location: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    units: number;
                    value: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        location: string;
                        units: number;
                        value: number;
                        own: boolean;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runExceptionChecks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kinds?: ("delayed_receipt" | "transfer_overdue" | "approval_overdue" | "stockout_risk")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        checks: {
                            delayed_receipt?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                            transfer_overdue?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                            approval_overdue?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                            stockout_risk?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKpis: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            title: string;
                            /** @enum {string} */
                            unit: "money" | "ratio" | "units" | "weeks" | "hours" | "days";
                            cuts: ("channel" | "location" | "family" | "vendor" | "day")[];
                            available: boolean;
                            description: string;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKpi: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                by?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        unit: string;
                        from: string;
                        to: string;
                        by: string | null;
                        available: boolean;
                        rows: {
                            key: string;
                            value: number | null;
                            numerator: number | null;
                            denominator: number | null;
                            p50?: number | null;
                            p90?: number | null;
                            buckets?: {
                                bucket: string;
                                units: number;
                                value: number;
                            }[];
                        }[];
                        total: number | null;
                        totals: {
                            value: number | null;
                            numerator: number | null;
                            denominator: number | null;
                            p50?: number | null;
                            p90?: number | null;
                            buckets?: {
                                bucket: string;
                                units: number;
                                value: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDigest: {
        parameters: {
            query?: {
                format?: "json" | "text" | "html";
            };
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        role: string;
                        locations: string[] | null;
                        currency: string;
                        headline: string;
                        totalValueAtRisk: number;
                        moreExceptions: boolean;
                        actions: {
                            rank: number;
                            verb: string;
                            exceptionId: string;
                            text: string;
                            why: string;
                            link: string;
                        }[];
                        exceptions: {
                            id: string;
                            kind: string;
                            location: string | null;
                            status: string;
                            valueAtRisk: number;
                            dueAt: string;
                            text: string;
                            why: string;
                            link: string;
                        }[];
                        kpis: {
                            name: string;
                            title: string;
                            /** @enum {string} */
                            unit: "money" | "ratio" | "units" | "weeks" | "hours" | "days";
                            value: number | null;
                            lastWeek: {
                                date: string;
                                value: number | null;
                                changePercent: number | null;
                            };
                            lastYear: {
                                date: string;
                                value: number | null;
                                changePercent: number | null;
                            };
                            text: string;
                            why: string;
                            link: string;
                        }[];
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "exception_raised" | "exception_assigned";
                            title: string;
                            body: string;
                            link: string;
                            subject: {
                                type: string;
                                id: string;
                            };
                            createdAt: string;
                            readAt: string | null;
                        }[];
                        nextCursor: string | null;
                        unread: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "exception_raised" | "exception_assigned";
                        title: string;
                        body: string;
                        link: string;
                        subject: {
                            type: string;
                            id: string;
                        };
                        createdAt: string;
                        readAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readAllNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    before?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                        unread: number;
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAnomalies: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                kind?: "shrink" | "lead_time_drift" | "overstock" | "slow_mover" | "margin_erosion";
                location?: string;
                status?: "open" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "shrink" | "lead_time_drift" | "overstock" | "slow_mover" | "margin_erosion";
                            subject: {
                                /** @enum {string} */
                                type: "product" | "location" | "vendor" | "family";
                                id: string;
                                key: string;
                            };
                            location: string | null;
                            window: {
                                from: string;
                                to: string;
                            };
                            observed: number;
                            expected: number;
                            /** @enum {string} */
                            unit: "ratio" | "days" | "weeks" | "units";
                            score: number;
                            threshold: number;
                            valueAtRisk: number;
                            evidence: {
                                [key: string]: number | string;
                            };
                            reason: string;
                            detectedAt: string;
                            lastDetectedAt: string;
                            /** @enum {string} */
                            status: "open" | "resolved";
                            resolvedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnomaly: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "shrink" | "lead_time_drift" | "overstock" | "slow_mover" | "margin_erosion";
                        subject: {
                            /** @enum {string} */
                            type: "product" | "location" | "vendor" | "family";
                            id: string;
                            key: string;
                        };
                        location: string | null;
                        window: {
                            from: string;
                            to: string;
                        };
                        observed: number;
                        expected: number;
                        /** @enum {string} */
                        unit: "ratio" | "days" | "weeks" | "units";
                        score: number;
                        threshold: number;
                        valueAtRisk: number;
                        evidence: {
                            [key: string]: number | string;
                        };
                        reason: string;
                        detectedAt: string;
                        lastDetectedAt: string;
                        /** @enum {string} */
                        status: "open" | "resolved";
                        resolvedAt: string | null;
                    };
                };
            };
            /** @description Problem codes: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runAnomalyChecks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checks?: ("return_rate" | "shrink" | "lead_time_drift" | "overstock" | "slow_mover" | "margin_erosion")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        window: {
                            from: string;
                            to: string;
                        };
                        checks: {
                            return_rate?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                            shrink?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                            lead_time_drift?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                            overstock?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                            slow_mover?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                            margin_erosion?: {
                                open: number;
                                raised: number;
                                resolved: number;
                            };
                        };
                    };
                };
            };
            /** @description Problem codes: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `idempotency_key_in_use`, `idempotency_key_reused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem codes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
