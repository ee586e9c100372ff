import type { IncomingMessage, ServerResponse } from 'node:http';

type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
interface KoaLikeContext {
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

export declare function checkoutSdkBundlePlugin(options: { rootDir: string }): {
  name: string;
  resolveImport(args: { source: string }): string | undefined;
  serve(context: { path: string }): Promise<{ body: string; type: string } | undefined>;
};
export declare function koaFromConnect(middleware: ConnectMiddleware): (ctx: KoaLikeContext, next: () => Promise<unknown>) => Promise<unknown>;
export declare function countsReporter(file: string | undefined): {
  onTestRunFinished(args: { sessions: unknown[] }): void;
};
export declare function graphqlLoginCommand(options: { storefrontToken: string }): {
  name: string;
  serverStart(args: { config: { hostname?: string; port?: number } }): void;
  executeCommand(args: { command: string; payload: { email: string; password: string; guestCartEntityId?: string } }): Promise<string | undefined>;
};
