import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { keepRunningOnUnhandledRejections, nodePlatform } from '../host/node';
import { startServer } from './server';

// dist/server-main.js: the language server on Node, on the connection the command line names (--stdio, --node-ipc); dist/server.js runs it from V8's code cache.
keepRunningOnUnhandledRejections();
startServer(createConnection(ProposedFeatures.all), nodePlatform());
