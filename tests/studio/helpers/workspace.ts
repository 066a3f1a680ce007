import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type SanityClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import { createWorkspaceFromConfig, type Workspace, type WorkspaceOptions } from 'sanity';
import { createStructureBuilder, type StructureBuilder } from 'sanity/structure';
import { contentWorkspace } from '../../../studio/sanity.config.ts';

export type Doc = { _id: string; _type: string; [key: string]: unknown };

/**
 * A loopback stand-in for Sanity's query API (the only network boundary the Studio crosses in
 * these tests): evaluates GROQ with groq-js over `docs`, as the raw perspective would.
 */
export async function startQueryApi(docs: Doc[]): Promise<{ url: string; requests: URL[]; close: () => Promise<void> }> {
  const requests: URL[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        requests.push(url);
        let query = url.searchParams.get('query') ?? '';
        const params: Record<string, unknown> = {};
        for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
        if (req.method === 'POST' && chunks.length > 0) {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; params?: Record<string, unknown> };
          query = body.query;
          Object.assign(params, body.params ?? {});
        }
        try {
          const result = await (await evaluate(parse(query), { dataset: docs, params })).get();
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ms: 1, query, result }));
        } catch (error) {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { description: String(error) } }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

const currentUser = {
  id: 'p-bien-tap-vien',
  name: 'Biên tập viên',
  email: 'bien-tap@example.invalid',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
};

/**
 * One of the Studio's real workspaces (the public content by default) resolved, with its client
 * pointed at `apiHost`.
 */
export async function loadWorkspace(apiHost = 'http://127.0.0.1:9', config: WorkspaceOptions = contentWorkspace): Promise<Workspace> {
  const client: SanityClient = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiHost,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: '2025-02-19',
  });
  return createWorkspaceFromConfig({
    ...config,
    currentUser,
    // The Studio asks for clients with its own options; all of them talk to the same stand-in.
    getClient: (options: { apiVersion: string }) => client.withConfig(options) as never,
  } as Parameters<typeof createWorkspaceFromConfig>[0]);
}

/** A real StructureBuilder for the workspace's (only) source, in the default "drafts" perspective. */
export function structureBuilderFor(workspace: Workspace): StructureBuilder {
  const source = workspace.unstable_sources[0];
  if (!source) throw new Error('The workspace has no source');
  return createStructureBuilder({ source, perspectiveStack: ['drafts'] });
}

/**
 * The "drafts" perspective the Studio lists run in: one result per document, the draft winning,
 * with the published `_id` and `_originalId` keeping the real id.
 */
export function foldDrafts(docs: readonly Doc[]): Doc[] {
  const byId = new Map<string, Doc>();
  for (const doc of docs) {
    if (doc._id.startsWith('versions.')) continue;
    const isDraft = doc._id.startsWith('drafts.');
    const id = isDraft ? doc._id.slice('drafts.'.length) : doc._id;
    if (isDraft || !byId.has(id)) byId.set(id, { ...doc, _id: id, _originalId: doc._id });
  }
  return [...byId.values()];
}

/** Ids of the documents a list filter selects, evaluated by groq-js. */
export async function idsMatching(docs: readonly Doc[], filter: string, params: Record<string, unknown> = {}) {
  const result = (await (await evaluate(parse(`*[${filter}]._id`), { dataset: docs, params })).get()) as string[];
  return result.sort();
}
