import { useEffect } from 'react';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { EventName, EventPayloads, InputOf, OutputOf, ProcedureName } from '../../../src-shared/contract';
import { call, onEvent, type ApiError } from './client';

export function queryKeyOf<N extends ProcedureName>(name: N, input?: InputOf<N>) {
  return input === undefined ? [name] : ([name, input] as const);
}

export function useApiQuery<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  options: Omit<UseQueryOptions<OutputOf<N>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<N>, ApiError>({ queryKey: queryKeyOf(name, input), queryFn: () => call(name, input), ...options });
}

/** A mutation that refreshes the queries of the named procedures (prefix match, e.g. 'settings.'). */
export function useApiMutation<N extends ProcedureName>(
  name: N,
  options: Omit<UseMutationOptions<OutputOf<N>, ApiError, InputOf<N>>, 'mutationFn'> & { invalidates?: string[] } = {},
) {
  const client = useQueryClient();
  const { invalidates = [], onSuccess, ...rest } = options;
  return useMutation<OutputOf<N>, ApiError, InputOf<N>>({
    mutationFn: (input) => call(name, input),
    ...rest,
    onSuccess: async (...args) => {
      await Promise.all(
        invalidates.map((prefix) =>
          client.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith(prefix) }),
        ),
      );
      await onSuccess?.(...args);
    },
  });
}

export function useAppEvent<E extends EventName>(name: E, callback: (payload: EventPayloads[E]) => void): void {
  useEffect(() => onEvent(name, callback), [name, callback]);
}
