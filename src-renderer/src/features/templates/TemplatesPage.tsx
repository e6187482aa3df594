import { Tabs } from '@mantine/core';
import { IconBraces, IconListNumbers, IconTemplate } from '@tabler/icons-react';
import { Route, Switch, useLocation } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { CustomVariablesPanel } from './CustomVariablesPanel';
import { SequenceBuilderPage } from './SequenceBuilder';
import { SequenceList } from './SequenceList';
import { TemplateEditorPage } from './TemplateEditor';
import { TemplateLibrary } from './TemplateLibrary';

/** Templates & sequences, nested under /templates: library, editor, sequences, custom variables. */
export function TemplatesPage() {
  const [location, navigate] = useLocation();
  const tab = location.startsWith('/sequences') ? 'sequences' : location.startsWith('/variables') ? 'variables' : 'templates';
  return (
    <>
      <PageHeader
        title="Templates & sequences"
        description="Write once, personalise safely for every lead, and preview exactly what each will receive."
      />
      <Tabs value={tab} onChange={(next) => navigate(next === 'templates' ? '/' : `/${next}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="templates" leftSection={<IconTemplate size={16} />}>
            Templates
          </Tabs.Tab>
          <Tabs.Tab value="sequences" leftSection={<IconListNumbers size={16} />}>
            Sequences
          </Tabs.Tab>
          <Tabs.Tab value="variables" leftSection={<IconBraces size={16} />}>
            Custom variables
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Switch>
        <Route path="/edit/:id">{(params) => <TemplateEditorPage id={params.id} />}</Route>
        <Route path="/sequences/:id">{(params) => <SequenceBuilderPage id={params.id} />}</Route>
        <Route path="/sequences">
          <SequenceList />
        </Route>
        <Route path="/variables">
          <CustomVariablesPanel />
        </Route>
        <Route>
          <TemplateLibrary />
        </Route>
      </Switch>
    </>
  );
}
