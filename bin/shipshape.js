#!/usr/bin/env node
import '../dist/shipshape.js';
