import { expect } from '@open-wc/testing';
import type Ajv2020Type from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import { feedJsonSchema, SCHEMA_ID } from '../../src/feed/json-schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { INVALID, VALID } from './samples.js';

// ajv ships CommonJS only: the test runner serves an ESM bundle of it (web-test-runner.config.js).
const bundle = '/__bundles/ajv.js';
const { Ajv2020, addFormats } = (await import(/* @vite-ignore */ bundle)) as {
  Ajv2020: typeof Ajv2020Type;
  addFormats: FormatsPlugin;
};

function compile() {
  // Strict, except for `required` naming keys declared beside the `anyOf` rather than inside it,
  // which is how the schema states "platforms or rows" (ajv's strictRequired lint).
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  return ajv.compile(feedJsonSchema());
}

describe('feedJsonSchema', () => {
  it('is a draft 2020-12 schema with the published $id', () => {
    const schema = feedJsonSchema();
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal(SCHEMA_ID);
    expect(schema.type).to.equal('object');
    expect(schema.required).to.deep.equal(['version', 'report', 'commitments']);
  });

  it('compiles with ajv in strict mode (no unknown keywords, formats or types)', () => {
    expect(compile()).to.be.a('function');
  });

  it('states the refinements as anyOf of required keys', () => {
    const text = JSON.stringify(feedJsonSchema());
    expect(text).to.include('"anyOf":[{"required":["platforms"]},{"required":["rows"]}]');
    expect(text).to.include('"anyOf":[{"required":["value"]},{"required":["change"]}]');
  });

  it('is plain JSON (survives a round trip unchanged)', () => {
    const schema = feedJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
  });
});

describe('zod and the JSON Schema agree', () => {
  const validate = compile();

  it('on at least 30 samples, valid and invalid', () => {
    expect(VALID.length + INVALID.length).to.be.at.least(30);
    expect(VALID.length).to.be.at.least(10);
    expect(INVALID.length).to.be.at.least(20);
  });

  for (const { name, feed } of VALID) {
    it(`valid: ${name}`, () => {
      const zod = validateFeed(feed);
      expect(zod.ok, 'zod').to.equal(true);
      expect(validate(feed), `ajv: ${JSON.stringify(validate.errors)}`).to.equal(true);
    });
  }

  for (const { name, feed } of INVALID) {
    it(`invalid: ${name}`, () => {
      expect(validateFeed(feed).ok, 'zod').to.equal(false);
      expect(validate(feed), 'ajv').to.equal(false);
    });
  }
});
