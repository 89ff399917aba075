// Hugo reads `{{< … >}}` and `{{% … %}}` as shortcode calls everywhere in a content file, code
// blocks and code spans included, before markdown is parsed. Text handles this in the emitter
// (braces as character references); code cannot hold references, so a well-formed call is
// written in Hugo's comment form, which Hugo prints literally:
//
//   {{< name args >}}   →   {{</* name args */>}}
//   {{% name args %}}   →   {{%/* name args */%}}
//
// An opener without its closer cannot be neutralised inside code; that is reported.

export interface GuardedCode {
  value: string;
  /** True when an unmatched `{{<` or `{{%` remains (Hugo will fail on it). */
  unsafe: boolean;
}

export function guardShortcodes(value: string): GuardedCode {
  if (!value.includes('{{')) return { value, unsafe: false };
  const guarded = value.replace(/\{\{<(?!\/\*)([\s\S]*?)>\}\}/g, '{{</*$1*/>}}').replace(/\{\{%(?!\/\*)([\s\S]*?)%\}\}/g, '{{%/*$1*/%}}');
  return { value: guarded, unsafe: /\{\{[<%](?!\/\*)/.test(guarded) };
}
