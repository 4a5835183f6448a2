#!/usr/bin/env node
'use strict';
// CommonJS, as the launcher it starts: see scripts/build.mjs.
require('../dist/shipshape.cjs');
