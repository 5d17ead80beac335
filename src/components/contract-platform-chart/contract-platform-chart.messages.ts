import type { Lang } from '../../format/locale.js';

export interface ContractPlatformMessages {
  readonly title: string;
  readonly platform: string;
  readonly contracts: string;
  readonly share: string;
  readonly declaredShare: string;
  readonly contractsCount: (formatted: string, n: number) => string;
  readonly total: (formatted: string) => string;
  readonly summary: (total: string, parts: string) => string;
  readonly totalMismatch: (declared: string, sum: string) => string;
  readonly shareMismatch: (name: string, declared: string, computed: string) => string;
}

export const CONTRACT_PLATFORM_MESSAGES: Record<Lang, ContractPlatformMessages> = {
  es: {
    title: 'Contratos por plataforma',
    platform: 'Plataforma',
    contracts: 'Contratos',
    share: 'Porcentaje',
    declaredShare: 'Porcentaje declarado',
    contractsCount: (f, n) => `${f} ${n === 1 ? 'contrato' : 'contratos'}`,
    total: (f) => `Total: ${f}`,
    summary: (total, parts) => `${total} en total. ${parts}.`,
    totalMismatch: (d, s) => `El total declarado es ${d}, pero la suma por plataforma es ${s}.`,
    shareMismatch: (name, d, c) => `${name}: porcentaje declarado ${d}; calculado ${c}.`,
  },
  en: {
    title: 'Contracts by platform',
    platform: 'Platform',
    contracts: 'Contracts',
    share: 'Share',
    declaredShare: 'Declared share',
    contractsCount: (f, n) => `${f} ${n === 1 ? 'contract' : 'contracts'}`,
    total: (f) => `Total: ${f}`,
    summary: (total, parts) => `${total} in all. ${parts}.`,
    totalMismatch: (d, s) => `The declared total is ${d}, but the platforms add up to ${s}.`,
    shareMismatch: (name, d, c) => `${name}: declared share ${d}; computed ${c}.`,
  },
};
