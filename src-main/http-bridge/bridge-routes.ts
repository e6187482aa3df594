import type { BridgeRoute } from './create-http-bridge';
import { downloadLeadsRoute } from './download-leads-route';

// Streaming endpoints beside /rpc (uploads, downloads), added by the features that need them.
export const bridgeRoutes: BridgeRoute[] = [downloadLeadsRoute];
