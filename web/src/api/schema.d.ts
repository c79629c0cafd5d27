// Generated from the server's OpenAPI document by `npm run api:types`. Do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
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
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
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
        get: {
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
                                before: unknown;
                                after: unknown;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
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
        get: {
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
                                /** @description False once deactivated: none of the user’s tokens works and they cannot sign in */
                                active: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
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
                            /** @description False once deactivated: none of the user’s tokens works and they cannot sign in */
                            active: boolean;
                        };
                    };
                };
            };
        };
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
        get: {
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
                            /** @description False once deactivated: none of the user’s tokens works and they cannot sign in */
                            active: boolean;
                        };
                    };
                };
            };
        };
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
        get: {
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
                            /** @description False once deactivated: none of the user’s tokens works and they cannot sign in */
                            active: boolean;
                            /** @description The actions the caller’s role may perform (an administrator: every action there is) */
                            permissions: string[];
                        };
                    };
                };
            };
        };
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
        post: {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description Words that must all occur, in any order, in the SKU, name, style, colour, size or category (case and accents ignored), or a GTIN; an exact SKU or GTIN match comes first */
                    q?: string;
                    category?: string & (unknown & unknown);
                    family?: string;
                    style?: string;
                    /** @description Exact barcode (the same GTIN in any spelling) */
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
                                /** @description Unit cost; absent for roles that may not see costs (store associates, service agents) */
                                cost?: number;
                                price: number;
                                /** @description The rate that applies: the product’s own, else the company default */
                                taxRate: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
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
                        /** @description Variant attributes that set SKUs of one style apart */
                        attributes?: {
                            size?: string & (unknown & unknown);
                            colour?: string & (unknown & unknown);
                        };
                        /** @description What one quantity counts, e.g. unit, pair, kg (default unit) */
                        unitOfMeasure?: string & (unknown & unknown);
                        cost: number;
                        price: number;
                        /** @description Basis points; left out, the company default applies */
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
                            /** @description Unit cost; absent for roles that may not see costs (store associates, service agents) */
                            cost?: number;
                            price: number;
                            /** @description The rate that applies: the product’s own, else the company default */
                            taxRate: number;
                        };
                    };
                };
            };
        };
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
        get: {
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
                            /** @description Unit cost; absent for roles that may not see costs (store associates, service agents) */
                            cost?: number;
                            price: number;
                            /** @description The rate that applies: the product’s own, else the company default */
                            taxRate: number;
                        };
                    };
                };
            };
        };
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
        get: {
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
                            /** @description Unit cost; absent for roles that may not see costs (store associates, service agents) */
                            cost?: number;
                            price: number;
                            /** @description The rate that applies: the product’s own, else the company default */
                            taxRate: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
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
                        /** @description Variant attributes that set SKUs of one style apart */
                        attributes?: {
                            size?: string & (unknown & unknown);
                            colour?: string & (unknown & unknown);
                        };
                        /** @description What one quantity counts, e.g. unit, pair, kg (default unit) */
                        unitOfMeasure?: string & (unknown & unknown);
                        barcode?: string | null;
                        cost?: number;
                        price?: number;
                        /** @description Basis points; null hands the product back to the company default */
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
                            /** @description Unit cost; absent for roles that may not see costs (store associates, service agents) */
                            cost?: number;
                            price: number;
                            /** @description The rate that applies: the product’s own, else the company default */
                            taxRate: number;
                        };
                    };
                };
            };
        };
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
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        get: {
            parameters: {
                query: {
                    /** @description The SKU or a GTIN of the product */
                    sku: string;
                    /** @description Only this store or warehouse */
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
            };
        };
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
        get: {
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
                                    /** @description The variance at cost; absent for roles that may not see costs */
                                    value?: number;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
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
                                /** @description The variance at cost; absent for roles that may not see costs */
                                value?: number;
                            }[];
                        };
                    };
                };
            };
        };
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
        get: {
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
                            items: {
                                location: string;
                                countedUnits: number;
                                absoluteVariance: number;
                                countLines: number;
                                accuracy: number;
                            }[];
                        };
                    };
                };
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    channel?: "store" | "web" | "marketplace";
                    fulfillment?: "carry_out" | "ship" | "pickup";
                    status?: "reserved" | "backordered" | "completed" | "cancelled";
                    /** @description Orders sold, shipped, picked up or allocated there; a location outside the caller’s scope is 404 */
                    location?: string;
                    customer?: string;
                    /** @description Placed at or after: an ISO date (start of that UTC day) or date-time */
                    from?: string;
                    /** @description Placed at or before: an ISO date (the whole UTC day) or date-time */
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
                                orderNumber: string;
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
            };
        };
        put?: never;
        post: {
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
                            orderNumber: string;
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
            };
        };
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
        get: {
            parameters: {
                query: {
                    /** @description The order id or number (a till receipt carries its order number) */
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
                            /** Format: uuid */
                            order: string;
                            orderNumber: string;
                            channel: string;
                            status: string;
                            /** @description Only completed orders take returns */
                            returnable: boolean;
                            lines: {
                                lineNo: number;
                                sku: string;
                                sold: number;
                                returned: number;
                                left: number;
                                /** @description What the customer paid for the line, tax included */
                                paid: number;
                                /** @description paid per unit, rounded to the cent */
                                unitPaid: number;
                                /** @description What returning every unit left refunds, tax included */
                                refundLeft: number;
                            }[];
                        };
                    };
                };
            };
        };
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
        get: {
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
                            orderNumber: string;
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
                        /** @description Net days to pay a bill (default 30) */
                        paymentTermsDays?: number;
                        /** @description Lead time of products whose supplier info names none (default 7) */
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
                        /** @description Left out: the vendor’s lead time */
                        leadTimeDays?: number | null;
                        /** @description The vendor the replenishment run orders this product from */
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
                        /**
                         * @description auto: the nightly run orders; manual: proposals wait for a buyer
                         * @enum {string}
                         */
                        trigger?: "auto" | "manual";
                        /**
                         * @description purchase (from the preferred vendor) or transfer (from sourceLocation)
                         * @enum {string}
                         */
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
                        /**
                         * @description auto: the nightly run orders; manual: proposals wait for a buyer
                         * @enum {string}
                         */
                        trigger?: "auto" | "manual";
                        /**
                         * @description purchase (from the preferred vendor) or transfer (from sourceLocation)
                         * @enum {string}
                         */
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
            };
        };
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
        get: {
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
                            /** @description Basis points over the ordered quantity a receipt may reach (500 = 5 %) */
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
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Basis points over the ordered quantity a receipt may reach (500 = 5 %) */
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
                            /** @description Basis points over the ordered quantity a receipt may reach (500 = 5 %) */
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
                        /** @description What to order instead of the proposed quantity */
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
            };
        };
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
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
                        /** @description Lower first; the first matching policy applies */
                        priority?: number;
                        /** @description Applies when every line is in this category; left out: any */
                        category?: (string & (unknown & unknown)) | null;
                        minAmount?: number;
                        /** @description Exclusive upper bound of the order total */
                        maxAmount?: number | null;
                        /** @description Approvers in order; empty: approved automatically */
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
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
                            /** @description Left out: the vendor’s price, else the product cost */
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
            };
        };
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
        get: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
                        /** @description Why: kept on the step and in the audit trail */
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
            };
        };
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
        get: {
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
                                /** @description The inventory transfer it became, once approved */
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
            };
        };
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
        get: {
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
                            /** @description The inventory transfer it became, once approved */
                            transfer: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            note: string | null;
                        };
                    };
                };
            };
        };
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
        post: {
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
                        /** @description Other quantities than proposed; SKUs left out are not transferred */
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
                            /** @description The inventory transfer it became, once approved */
                            transfer: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            note: string | null;
                        };
                    };
                };
            };
        };
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
        post: {
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
                        /** @description Why: kept on the step and in the audit trail */
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
                            /** @description The inventory transfer it became, once approved */
                            transfer: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            note: string | null;
                        };
                    };
                };
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The purchase order, by id or number */
                        purchaseOrder: string;
                        /** @description Where the goods arrived; must be the order’s location */
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
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
                        /** @description The vendor’s invoice number (unique per vendor) */
                        reference: string & (unknown & unknown);
                        lines: {
                            sku: string;
                            quantity: number;
                            unitCost: number;
                        }[];
                        /** @description Recoverable input tax on the bill (default 0) */
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
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
                        /** @description Why: kept on the step and in the audit trail */
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Receipts by id or number */
                        receipts: string[];
                        amount: number;
                        /** @enum {string} */
                        kind: "freight" | "duty";
                        /** @enum {string} */
                        allocation: "value" | "quantity";
                        /** @description Who charged it (a carrier or customs broker set up as a vendor) */
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
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
                                /** @description Lines received complete on or before the promised date ÷ lines due in the period */
                                otifRate: number | null;
                                unitsOrdered: number;
                                unitsReceived: number;
                                fillRate: number | null;
                                leadTimeDays: {
                                    receiptLines: number;
                                    actualMean: number | null;
                                    actualP90: number | null;
                                    promisedMean: number | null;
                                    /** @description Actual − promised lead time, in days */
                                    varianceMean: number | null;
                                    varianceP90: number | null;
                                };
                                bills: number;
                                priceVariance: number;
                                priceVarianceRate: number | null;
                            }[];
                        };
                    };
                };
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
                        /** @description Counts the account in that role’s sums; automatic postings keep going to the system accounts */
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    /** @description csv returns the same rows as text/csv */
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    from?: string;
                    to?: string;
                    source?: string;
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        post: {
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    /** @description csv returns the same rows as text/csv */
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    /** @description csv returns the same rows as text/csv */
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    from?: string;
                    to?: string;
                    /** @description csv returns the same rows as text/csv */
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    /** @description csv returns the same rows as text/csv */
                    format?: "json" | "csv";
                    /** @description Only sales at this location; a location outside the caller’s scope is 404 */
                    location?: string;
                    /** @description Comma-separated: family, channel, location (default all three) */
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    /** @description A date (its end) or datetime; default now */
                    at?: string;
                    location?: string;
                    /** @description csv returns the same rows as text/csv */
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    /** @description csv returns the same rows as text/csv */
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
            };
        };
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
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    location?: string;
                    status?: "open" | "closed";
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The provider file: a header with date, reference, gross, fee, net, then one row per payment or refund */
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
            };
        };
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
        get: {
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post: {
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
            };
        };
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
        get: {
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
            };
        };
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
        post: {
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
            };
        };
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
        post: {
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
                        /** @description The product category the rule is for; '*' for every category without a rule of its own */
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
            };
        };
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
        get: {
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
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
                    /** @description Replaces the locations the user is limited to; an empty list lifts the limit */
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
                        /** @description False once deactivated: none of the user’s tokens works and they cannot sign in */
                        active: boolean;
                    };
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
                        /** @description False once deactivated: none of the user’s tokens works and they cannot sign in */
                        active: boolean;
                    };
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
                        /** @description False once deactivated: none of the user’s tokens works and they cannot sign in */
                        active: boolean;
                    };
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
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
