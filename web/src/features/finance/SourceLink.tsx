// A journal entry's source document, named, with a link to its screen where the app has one. An order's number
// is looked up (the entry names it by id); a receipt's or a vendor bill's screen is its purchase order's.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { sourceDocument } from './sourceDocument.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function SourceLink({ source }: { source: string }) {
  const document = sourceDocument(source);
  const looked = useQuery({
    queryKey: ['source-document', source],
    enabled: document.lookup !== undefined || (document.type === 'order' && UUID.test(document.id)),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async () => {
      const path = { params: { path: { id: document.id } } };
      if (document.lookup === 'receipt') {
        const receipt = unwrap(await api.GET('/api/v1/receipts/{id}', path));
        return { number: receipt.number, purchaseOrder: receipt.purchaseOrder };
      }
      if (document.lookup === 'bill') {
        const bill = unwrap(await api.GET('/api/v1/vendor-bills/{id}', path));
        return { number: bill.number, purchaseOrder: bill.purchaseOrder };
      }
      const order = unwrap(await api.GET('/api/v1/orders/{id}', path));
      return { number: order.number, purchaseOrder: undefined };
    },
  });
  const name = `${document.label} ${looked.data?.number ?? document.id}`.trim();
  if (document.lookup) {
    const po = looked.data?.purchaseOrder;
    return (
      <span>
        {name}
        {po && (
          <>
            {' '}
            of <Link to={`/purchasing/orders/${encodeURIComponent(po)}`}>purchase order {po}</Link>
          </>
        )}
      </span>
    );
  }
  if (!document.to) return <span>{name}</span>;
  return <Link to={document.to}>{name}</Link>;
}
