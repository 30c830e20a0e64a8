import { availableParallelism } from 'node:os';

import { ConfigError, loadConfig } from './app.config';

describe('loadConfig', () => {
  it('runs one API process unless told otherwise', () => {
    expect(loadConfig({}).workers).toBe(1);
  });

  it('takes the territory time zone, Europe/Paris by default, and refuses an unknown one', () => {
    expect(loadConfig({}).timeZone).toBe('Europe/Paris');
    expect(loadConfig({ AGORA_TIME_ZONE: 'Indian/Reunion' }).timeZone).toBe('Indian/Reunion');
    expect(() => loadConfig({ AGORA_TIME_ZONE: 'Europe/Pariss' })).toThrow(/AGORA_TIME_ZONE="Europe\/Pariss"/);
  });

  it('renders pages while a process spends at most 35 % of its time running code, unless told otherwise', () => {
    expect(loadConfig({}).renderBusyPercent).toBe(35);
    expect(loadConfig({ AGORA_RENDER_BUSY_PERCENT: '100' }).renderBusyPercent).toBe(100);
    expect(() => loadConfig({ AGORA_RENDER_BUSY_PERCENT: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ AGORA_RENDER_BUSY_PERCENT: 'beaucoup' })).toThrow(/AGORA_RENDER_BUSY_PERCENT="beaucoup"/);
  });

  it('takes AGORA_WORKERS as a number, or auto for one per CPU core', () => {
    expect(loadConfig({ AGORA_WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ AGORA_WORKERS: 'auto' }).workers).toBe(Math.min(availableParallelism(), 64));
    expect(loadConfig({ AGORA_WORKERS: 'AUTO' }).workers).toBe(Math.min(availableParallelism(), 64));
  });

  it('refuses a bad AGORA_WORKERS with a message naming it, in French and English', () => {
    for (const bad of ['0', '-1', '1.5', 'deux', '65']) {
      expect(() => loadConfig({ AGORA_WORKERS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ AGORA_WORKERS: bad })).toThrow(/AGORA_WORKERS=.*un entier entre 1 et 64 .* an integer between 1 and 64/);
    }
  });

  it('refuses query counting in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AGORA_COUNT_QUERIES: '1' })).toThrow(ConfigError);
  });
});
