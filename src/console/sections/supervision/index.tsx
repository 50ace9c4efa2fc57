import { PageTitle } from '../../components/PageTitle.tsx';

export default function Section() {
  return <PageTitle title="supervision" />;
}
