import { INPUT_DEFAULTS, InputError, readInputs, type InputName } from '../../src/action/inputs.js';

const read = (values: Partial<Record<InputName, string>>) => readInputs((n) => values[n] ?? '');

describe('action inputs', () => {
  it('applies the documented defaults when inputs are empty', () => {
    const i = read({});
    expect(i).toMatchObject({
      githubToken: '',
      config: undefined,
      failOn: undefined,
      failOnText: 'high',
      comment: true,
      checkRun: true,
      suggestions: false,
      approveLabel: undefined,
      prNumber: undefined,
      base: undefined,
      head: undefined,
      workingDirectory: '.',
      groqApiKey: undefined,
      aiModel: 'openai/gpt-oss-20b',
      aiTimeoutMs: 20_000,
      aiRetries: 1,
      sarifFile: undefined,
      report: undefined,
    });
  });

  it('treats a default value like an unset input, so the config file can decide', () => {
    const i = read({ 'fail-on': 'HIGH', 'approve-label': INPUT_DEFAULTS['approve-label'], config: '.github/migra.yml' });
    expect(i.failOn).toBeUndefined();
    expect(i.approveLabel).toBeUndefined();
    expect(i.config).toBeUndefined();
  });

  it('parses every kind of value', () => {
    const i = read({
      'fail-on': '60', comment: 'False', 'check-run': 'false', suggestions: 'TRUE', 'approve-label': 'db-ok', 'pr-number': '#42',
      base: 'origin/main', head: 'HEAD~1', 'ai-timeout-seconds': '2.5', 'ai-retries': '0', 'sarif-file': 'out/migra.sarif', config: 'ci/migra.yml',
    });
    expect(i).toMatchObject({ failOn: { score: 60 }, comment: false, checkRun: false, suggestions: true, approveLabel: 'db-ok', prNumber: 42, base: 'origin/main', head: 'HEAD~1', aiTimeoutMs: 2500, aiRetries: 0, sarifFile: 'out/migra.sarif', config: 'ci/migra.yml' });
    expect(read({ 'fail-on': 'never' }).failOn).toBe('never');
    expect(read({ 'fail-on': 'none' }).failOn).toEqual({ level: 'none' });
  });

  it.each<[Partial<Record<InputName, string>>, RegExp]>([
    [{ 'fail-on': 'hgh' }, /^Input 'fail-on': "hgh" is not allowed; use a level/],
    [{ 'fail-on': '101' }, /^Input 'fail-on'/],
    [{ comment: 'sometimes' }, /^Input 'comment': "sometimes" is not a boolean/],
    [{ 'check-run': 'y' }, /^Input 'check-run'/],
    // core.getBooleanInput's set only: YAML 1.1 words and mixed case are not booleans there either.
    [{ 'check-run': 'no' }, /^Input 'check-run': "no" is not a boolean; use true or false$/],
    [{ suggestions: 'yes' }, /^Input 'suggestions': "yes" is not a boolean/],
    [{ comment: '0' }, /^Input 'comment': "0" is not a boolean/],
    [{ comment: 'tRUE' }, /^Input 'comment': "tRUE" is not a boolean/],
    [{ 'pr-number': '0' }, /^Input 'pr-number': "0" is not a pull request number/],
    [{ 'pr-number': '12abc' }, /^Input 'pr-number'/],
    [{ base: '--upload-pack=evil' }, /^Input 'base': "--upload-pack=evil" is not a branch, tag or commit/],
    [{ head: 'main..feature' }, /^Input 'head'/],
    [{ head: 'a b' }, /^Input 'head'/],
    [{ 'ai-timeout-seconds': '0' }, /^Input 'ai-timeout-seconds'/],
    [{ 'ai-timeout-seconds': 'soon' }, /^Input 'ai-timeout-seconds'/],
    [{ 'ai-retries': '9' }, /^Input 'ai-retries': "9" is not allowed; use a whole number from 0 to 5/],
    [{ 'ai-model': 'bad model' }, /^Input 'ai-model'/],
  ])('refuses %j with an error naming the input', (values, message) => {
    let error: unknown;
    try {
      read(values);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });
});
