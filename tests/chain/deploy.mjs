// Compiles the reference contracts with solc (npm) against OpenZeppelin 5 and deploys, on the given node:
//   - VoucherToken("Voucher", "VCH", admin) with MINTER_ROLE also granted to the minter account and the Safe,
//   - a Safe 1.4.1 (singleton + proxy factory from @safe-global/safe-contracts) owned by accounts 1..3, threshold 2.
// Accounts are anvil's well-known test accounts: 0 admin, 1-3 Safe owners, 4 minter, 5-9 customers.
// Usage: node deploy.mjs RPC_URL ANVIL_CONFIG_OUT CACHE_DIR   -> prints JSON with addresses and keys.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const [rpcUrl, accountsFile, cacheDir] = process.argv.slice(2);
if (!rpcUrl || !accountsFile || !cacheDir) {
  console.error('usage: deploy.mjs RPC_URL ANVIL_CONFIG_OUT CACHE_DIR'); process.exit(2);
}
const cast = path.join(here, 'node_modules/.bin/cast');

const KEYS = JSON.parse(fs.readFileSync(accountsFile, 'utf8')).private_keys;
const addr = (k) => execFileSync(cast, ['wallet', 'address', '--private-key', k]).toString().trim();
const ACCOUNTS = KEYS.map(addr);

let id = 0;
async function rpc(method, params = []) {
  const res = await fetch(rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }) });
  const j = await res.json();
  if (j.error) throw new Error(`${method}: ${JSON.stringify(j.error)}`);
  return j.result;
}
async function send(from, to, data) {
  const tx = { from, data };
  if (to) tx.to = to;
  const hash = await rpc('eth_sendTransaction', [tx]);
  let receipt = null;
  for (let i = 0; i < 200 && !receipt; ++i) {
    receipt = await rpc('eth_getTransactionReceipt', [hash]);
    if (!receipt) await new Promise((r) => setTimeout(r, 25));
  }
  if (!receipt || receipt.status !== '0x1') throw new Error(`transaction failed: ${hash}`);
  return receipt;
}
const calldata = (sig, ...args) => execFileSync(cast, ['calldata', sig, ...args]).toString().trim();
const abiEncodeArgs = (sig, ...args) => execFileSync(cast, ['abi-encode', sig, ...args]).toString().trim().slice(2);

function compileToken() {
  const source = fs.readFileSync(path.join(here, 'contracts/VoucherToken.sol'), 'utf8');
  const solcPkg = require('solc/package.json').version;
  const ozPkg = require('@openzeppelin/contracts/package.json').version;
  const key = crypto.createHash('sha256').update(source + solcPkg + ozPkg).digest('hex').slice(0, 16);
  fs.mkdirSync(cacheDir, { recursive: true });
  const cached = path.join(cacheDir, `VoucherToken-${key}.json`);
  if (fs.existsSync(cached)) return JSON.parse(fs.readFileSync(cached, 'utf8'));
  const solc = require('solc');
  const input = {
    language: 'Solidity',
    sources: { 'VoucherToken.sol': { content: source } },
    settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } } },
  };
  const findImports = (p) => {
    try { return { contents: fs.readFileSync(require.resolve(p), 'utf8') }; }
    catch { return { error: `not found: ${p}` }; }
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (out.errors || []).filter((e) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'));
  const c = out.contracts['VoucherToken.sol'].VoucherToken;
  const artifact = { abi: c.abi, bytecode: '0x' + c.evm.bytecode.object, deployedBytecode: '0x' + c.evm.deployedBytecode.object };
  fs.writeFileSync(cached, JSON.stringify(artifact));
  fs.writeFileSync(path.join(cacheDir, 'VoucherToken.abi.json'), JSON.stringify(artifact.abi, null, 1));
  return artifact;
}

function safeArtifact(rel) {
  return require(`@safe-global/safe-contracts/build/artifacts/contracts/${rel}`);
}

async function main() {
  const [admin, o1, o2, o3, minter] = ACCOUNTS;
  const token = compileToken();
  const ctor = abiEncodeArgs('constructor(string,string,address)', 'Voucher', 'VCH', admin);
  const tokenReceipt = await send(admin, null, token.bytecode + ctor);
  const tokenAddr = tokenReceipt.contractAddress;

  const singleton = await send(admin, null, safeArtifact('Safe.sol/Safe.json').bytecode);
  const factory = await send(admin, null, safeArtifact('proxies/SafeProxyFactory.sol/SafeProxyFactory.json').bytecode);
  const zero = '0x0000000000000000000000000000000000000000';
  const setup = calldata('setup(address[],uint256,address,bytes,address,address,uint256,address)',
    `[${o1},${o2},${o3}]`, '2', zero, '0x', zero, zero, '0', zero);
  const create = calldata('createProxyWithNonce(address,bytes,uint256)', singleton.contractAddress, setup, '1');
  const proxyReceipt = await send(admin, factory.contractAddress, create);
  // ProxyCreation(SafeProxy indexed proxy, address singleton): topic 1 is the proxy.
  const creation = proxyReceipt.logs.find((l) => l.address.toLowerCase() === factory.contractAddress.toLowerCase());
  const safe = '0x' + creation.topics[1].slice(26);

  const MINTER_ROLE = execFileSync(cast, ['keccak', 'MINTER_ROLE']).toString().trim();
  await send(admin, tokenAddr, calldata('grantRole(bytes32,address)', MINTER_ROLE, minter));
  await send(admin, tokenAddr, calldata('grantRole(bytes32,address)', MINTER_ROLE, safe));
  // Customers get tokens to redeem with.
  for (const c of ACCOUNTS.slice(5)) {
    await send(admin, tokenAddr, calldata('mint(address,uint256)', c, '1000000000000000000000000'));
  }
  const checksum = (a) => execFileSync(cast, ['to-check-sum-address', a]).toString().trim();
  console.log(JSON.stringify({
    token: checksum(tokenAddr), safe: checksum(safe), safeSingleton: singleton.contractAddress,
    safeFactory: factory.contractAddress, deployBlock: parseInt(tokenReceipt.blockNumber, 16),
    admin, adminKey: KEYS[0], minter, minterKey: KEYS[4],
    safeOwners: [o1, o2, o3], safeOwnerKeys: KEYS.slice(1, 4),
    customers: ACCOUNTS.slice(5), customerKeys: KEYS.slice(5),
  }, null, 1));
}
main().catch((e) => { console.error(e.message || e); process.exit(1); });
