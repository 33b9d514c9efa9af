// Tests mock this module (vi.mock) with the plugin data they need; by default no plugin has any.
export function usePluginData(): unknown {
  return undefined;
}
