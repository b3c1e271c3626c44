import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { keepRunningOnUnhandledRejections, nodePlatform } from '../host/node';
import { startServer } from './server';

// dist/server.js: the language server on Node, on the connection the command line names (--stdio, --node-ipc).
keepRunningOnUnhandledRejections();
startServer(createConnection(ProposedFeatures.all), nodePlatform());
