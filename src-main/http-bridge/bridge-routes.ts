import type { BridgeRoute } from './create-http-bridge';
import { downloadLeadsRoute } from './download-leads-route';
import { errorReportRoute, uploadRoute } from './import-routes';

// Streaming endpoints beside /rpc (uploads, downloads), added by the features that need them.
export const bridgeRoutes: BridgeRoute[] = [downloadLeadsRoute, uploadRoute, errorReportRoute];
