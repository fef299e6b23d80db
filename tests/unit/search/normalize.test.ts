import {describe, expect, it} from 'vitest';
import {normalize} from '../../../src/search/normalize';

const clean = (text: string) => normalize(text).text;

describe('normalize', () => {
  it('drops timestamps, dates and Go monotonic clocks', () => {
    expect(
      clean('2020-12-03 16:26:41.491426 +0800 CST m=+4.026069452 deployed'),
    ).toBe('deployed');
    expect(clean('2024-05-01T08:15:30.123Z retrying at 16:26:41')).toBe(
      'retrying at',
    );
  });

  it('drops ANSI colour codes', () => {
    expect(clean('\x1b[31mError:\x1b[0m boom')).toBe('Error: boom');
  });

  it('drops shell prompts but keeps the command', () => {
    expect(clean('$ vela install')).toBe('vela install');
    expect(clean('user@host:~/charts$ helm list')).toBe('helm list');
    expect(clean('[root@node1 ~]# kubectl get ns')).toBe('kubectl get ns');
    expect(clean('# vela status')).toBe('vela status');
  });

  it('keeps the name of a pod without its hash suffix', () => {
    expect(clean('kubevela-vela-core-f8b987775-wjg25 0/1')).toBe(
      'kubevela-vela-core 0/1',
    );
  });

  it('leaves names that only look like pod hashes alone', () => {
    expect(
      clean('cert-manager-cainjector mutating-webhook-configuration'),
    ).toBe('cert-manager-cainjector mutating-webhook-configuration');
  });

  it('drops hex addresses, digests, UUIDs and IP addresses', () => {
    const text = clean(
      'at 0xc000123abc sha256:0123456789abcdef01 id ' +
        '123e4567-e89b-12d3-a456-426614174000 from 10.0.1.237:8080 done',
    );
    expect(text).toBe('at id from done');
  });

  it('drops file paths with line numbers', () => {
    expect(
      clean(
        'failed /home/runner/go/pkg/mod/helm.sh/helm/v3@v3.2.4/pkg/kube/client.go:190 here',
      ),
    ).toBe('failed here');
    expect(clean('E1203 12:00:00.000001 1 controller.go:118] boom')).toBe(
      'boom',
    );
  });

  it('drops Go stack frames, on their own line or inline', () => {
    const log = [
      'Error: failed to create resource',
      'helm.sh/helm/v3/pkg/action.(*Install).Run',
      'github.com/oam-dev/kubevela/pkg/commands.(*initCmd).run',
      'github.com/oam-dev/kubevela/pkg/commands.InstallOamRuntime',
      'main.main',
      'runtime.goexit',
      'goroutine 1 [running]:',
      'boom helm.sh/helm/v3/pkg/kube.(*Client).Update.func1 again',
    ].join('\n');
    expect(clean(log)).toBe('Error: failed to create resource\nboom again');
  });

  it('drops placeholders but keeps output values in angle brackets', () => {
    expect(clean('helm -n <namespace> install <release>')).toBe(
      'helm -n install',
    );
    expect(clean('TARGETS <unknown>/30%')).toBe('TARGETS <unknown>/30%');
  });

  it('undoes the escapes of a log copied from JSON', () => {
    expect(clean('msg: secrets \\"demo\\" is forbidden\\nnext')).toBe(
      'msg: secrets "demo" is forbidden\nnext',
    );
  });

  it('keeps a repeated log line once', () => {
    expect(clean('retrying\nretrying\nfailed')).toBe('retrying\nfailed');
  });

  it('reads a long paste in part, keeping its head, tail and error lines', () => {
    const filler = 'INFO reconciled app demo\n'.repeat(40_000);
    const paste = `$ vela up\n${filler}Error: x509: certificate has expired\n${filler}done`;
    const start = performance.now();
    const result = normalize(paste);
    expect(performance.now() - start).toBeLessThan(100);
    expect(result.trimmed).toBe(true);
    expect(result.text).toContain('vela up');
    expect(result.text).toContain('x509: certificate has expired');
    expect(result.text).toContain('done');
  });

  it('caps the words kept and says so', () => {
    const result = normalize('one two three four', {maxTerms: 2});
    expect(result).toEqual({text: 'one two', trimmed: true});
  });

  it('reports a short paste as whole', () => {
    expect(normalize('Error: boom').trimmed).toBe(false);
  });
});
