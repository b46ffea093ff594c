/** A thread of the leave-one-agency-out score (leave-out.ts): labels each agency it is sent, in turn. */
import { parentPort, workerData } from 'node:worker_threads';
import { labelAgency, type LeaveOutSet } from './leave-out.js';

const port = parentPort;
if (!port) throw new Error('leave-out-worker.ts runs as a worker thread');
const set = workerData as LeaveOutSet;
port.on('message', (agency: string) => port.postMessage(labelAgency(set, agency)));
