import MDXComponents from '@theme-original/MDXComponents';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import TroubleshootingCard from '@site/src/components/TroubleshootingCard';
import {
  Cause,
  Fix,
  Output,
} from '@site/src/components/TroubleshootingCard/Sections';
import ComparisonTable from '@site/src/components/ComparisonTable';

export default {
  ...MDXComponents,
  Tabs,
  TabItem,
  TroubleshootingCard,
  Output,
  Cause,
  Fix,
  ComparisonTable,
};
