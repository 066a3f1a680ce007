// The production build the e2e tests run against: the shared sample build of tests/helpers/sample-build.ts
// (built once per set of inputs, cached under $TMPDIR/guong-sang-e2e/; E2E_DIST=/path/to/dist skips
// building and serves that directory as is).
export { buildInputsHash, siteDist } from '../../helpers/sample-build.ts';
