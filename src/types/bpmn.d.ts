/** The parts of bpmn-moddle and bpmnlint this project uses (neither ships types for its entry point). */
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    [key: string]: unknown;
  }
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
    fromXML(xml: string, typeName?: string): Promise<{ rootElement: ModdleElement; warnings: { message: string }[]; elementsById: Record<string, ModdleElement>; references: unknown[] }>;
  }
}

declare module 'bpmnlint' {
  export class Linter {
    constructor(options: { config: Record<string, unknown>; resolver: unknown });
    lint(definitions: unknown): Promise<Record<string, { id?: string; message: string; category: 'error' | 'warn' | 'info' | 'rule-error' }[]>>;
  }
}

declare module 'bpmnlint/lib/resolver/node-resolver.js' {
  const NodeResolver: new () => unknown;
  export default NodeResolver;
}
